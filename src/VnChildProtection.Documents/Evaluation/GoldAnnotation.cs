using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using OneOf;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Evaluation;

/// <summary>
/// A hand-checked annotation of what a careful reader extracts from one plan (header, citations, indicators with every
/// milestone value, responsibilities by indicator number, dated reporting deadlines, and in the second version of the
/// format the task areas and the recipients of reports), read from a
/// <c>&lt;name&gt;.gold.json</c> file. The format is described in docs/import.md.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class GoldAnnotation
{
    private readonly Dictionary<EvaluationCategory, ValueList<string>> items;

    private GoldAnnotation(string document, Dictionary<EvaluationCategory, ValueList<string>> items)
    {
        Document = document;
        this.items = items;
    }

    /// <summary>
    /// Whether the annotation covers <paramref name="category"/>: always for the original categories (a missing list
    /// means none expected), for <see cref="EvaluationCategory.Assignments"/> only when the file has an
    /// <c>assignments</c> list, and for <see cref="EvaluationCategory.Tasks"/> and <see cref="EvaluationCategory.Recipients"/>
    /// only when it has a <c>tasks</c> list. A category not covered is not scored.
    /// </summary>
    /// <param name="category">The category.</param>
    /// <returns>True when the gold says what to expect.</returns>
    public bool Annotates(EvaluationCategory category) => items.ContainsKey(category);

    /// <summary>The annotated document's file name (<c>000_94bd67959c38df0d.txt</c>).</summary>
    public string Document { get; }

    /// <summary>The expected items of <paramref name="category"/>, as comparison keys.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The keys, possibly none.</returns>
    public ValueList<string> ItemsFor(EvaluationCategory category) => items.TryGetValue(category, out var list) ? list : ValueList<string>.Empty;

    /// <summary>Reads an annotation from JSON.</summary>
    /// <param name="json">The file's content.</param>
    /// <returns>The annotation, or an error with code <c>GOLD-JSON-INVALID</c> or <c>GOLD-FIELD-INVALID</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static OneOf<GoldAnnotation, ParseError> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            return new ParseError("GOLD-JSON-INVALID", "The gold file is not valid JSON: " + e.Message, 0, 0, "");
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or KeyNotFoundException or OverflowException)
        {
            return new ParseError("GOLD-FIELD-INVALID", "A field of the gold file has the wrong type: " + e.Message, 0, 0, "");
        }
    }

    private static GoldAnnotation Read(JsonElement root)
    {
        var name = root.TryGetProperty("document", out var doc) ? doc.GetString() ?? "" : "";
        var items = new Dictionary<EvaluationCategory, ValueList<string>>
        {
            [EvaluationCategory.Header] = Header(root).ToValueList(),
            [EvaluationCategory.Citations] = Array(root, "citations")
                .Select(c => EvaluationKeys.Citation(c.GetProperty("number").GetString()!, Text(c, "date")))
                .Distinct(StringComparer.Ordinal).ToValueList(),
            [EvaluationCategory.Indicators] = Array(root, "indicators").SelectMany(Indicator).ToValueList(),
            [EvaluationCategory.Responsibilities] = Array(root, "responsibilities").SelectMany(r => Array(r, "indicators")
                .Select(n => EvaluationKeys.Responsibility(r.GetProperty("agency").GetString()!, r.GetProperty("role").GetString()!, n.GetInt32())))
                .Distinct(StringComparer.Ordinal).ToValueList(),
            [EvaluationCategory.Deadlines] = Array(root, "deadlines").Where(Dated).Select(Deadline).ToValueList(),
        };
        if (root.TryGetProperty("assignments", out var assignments) && assignments.ValueKind == JsonValueKind.Array)
        {
            items[EvaluationCategory.Assignments] = assignments.EnumerateArray()
                .Select(a => EvaluationKeys.Assignment(a.GetString()!)).Distinct(StringComparer.Ordinal).ToValueList();
        }
        // The second version of the format adds the task areas and the recipients of reports; a file that has the
        // tasks list annotates both (an empty list says the plan has none).
        if (root.TryGetProperty("tasks", out var tasks) && tasks.ValueKind == JsonValueKind.Array)
        {
            items[EvaluationCategory.Tasks] = tasks.EnumerateArray()
                .Select(t => EvaluationKeys.Task(t.GetProperty("number").GetString()!, t.GetProperty("title").GetString()!)).ToValueList();
            items[EvaluationCategory.Recipients] = Array(root, "deadlines")
                .SelectMany(d => Recipients(d).SelectMany(EvaluationKeys.Bodies)
                    .Select(r => EvaluationKeys.Recipient(When(d), r, Text(d, "via") is { } via ? EvaluationKeys.Bodies(via).FirstOrDefault() : null))).ToValueList();
        }
        return new GoldAnnotation(name, items);
    }

    private static IEnumerable<string> Header(JsonElement root)
    {
        if (!root.TryGetProperty("header", out var header))
        {
            yield break;
        }
        foreach (var field in new[] { "number", "place", "title", "issuer", "signer" })
        {
            if (Text(header, field) is { Length: > 0 } value)
            {
                yield return EvaluationKeys.Field(field, value);
            }
        }
        if (Text(header, "issueDate") is { Length: > 0 } date)
        {
            yield return "issueDate=" + date;
        }
        if (header.TryGetProperty("issueYear", out var year) && year.ValueKind == JsonValueKind.Number)
        {
            yield return "issueYear=" + year.GetInt32().ToString(CultureInfo.InvariantCulture);
        }
        if (header.TryGetProperty("isDraft", out var draft) && draft.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            yield return "isDraft=" + (draft.GetBoolean() ? "true" : "false");
        }
    }

    private static IEnumerable<string> Indicator(JsonElement indicator)
    {
        int? objective = indicator.TryGetProperty("objective", out var o) && o.ValueKind == JsonValueKind.Number ? o.GetInt32() : null;
        var number = indicator.GetProperty("number").GetInt32();
        yield return EvaluationKeys.Indicator(objective, number);
        foreach (var value in Array(indicator, "values"))
        {
            yield return EvaluationKeys.Value(objective, number, value.GetString()!);
        }
    }

    // A report to several bodies names them in a list: "recipient": ["bo-khcn", "ubnd-tinh"].
    private static IEnumerable<string> Recipients(JsonElement deadline) =>
        !deadline.TryGetProperty("recipient", out var recipient) ? []
        : recipient.ValueKind == JsonValueKind.Array ? recipient.EnumerateArray().Select(r => r.GetString()!)
        : recipient.ValueKind == JsonValueKind.String && recipient.GetString() is { Length: > 0 } one ? [one] : [];

    private static bool Dated(JsonElement deadline) => Text(deadline, "due") is { Length: > 0 } || Text(deadline, "dueDate") is { Length: > 0 };

    private static string When(JsonElement deadline) =>
        Text(deadline, "due") ?? Text(deadline, "dueDate") ?? (Text(deadline, "within") is { Length: > 0 } within ? EvaluationKeys.Within(within) : "-");

    private static string Deadline(JsonElement deadline)
    {
        int? tier = deadline.TryGetProperty("tier", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : null;
        var due = Text(deadline, "due") ?? Text(deadline, "dueDate") ?? "";
        return EvaluationKeys.Deadline(due, Text(deadline, "report"), tier);
    }

    private static JsonElement[] Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().ToArray() : [];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
