using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OneOf;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>
/// Reads and writes sets of user <see cref="IndicatorValidationRule"/>s as JSON:
/// <c>{"rules": [{"id": "neonatal-le-infant", "name": "…", "left": "CT3.a", "operator": "less_than_or_equal_to", "right": "CT3.b", "importance": "high"}]}</c>.
/// </summary>
/// <remarks>
/// <para>Per rule: <c>id</c>, <c>name</c>, <c>left</c>, <c>operator</c> and <c>right</c> are required; <c>description</c>,
/// <c>importance</c> (default <c>medium</c>), <c>leftMissingValueStrategy</c> and <c>rightMissingValueStrategy</c> (default
/// <c>skip_if_all_values_missing</c>) and <c>unitLevels</c> (one-based levels, default every level) are optional. Sides are
/// <see cref="IndicatorExpression"/> text; names are the DHIS2-style lower-case names of <see cref="RuleOperator"/>,
/// <see cref="RuleImportance"/> and <see cref="MissingValueStrategy"/>. Rule ids must be unique within a set.</para>
/// <para>Writing is canonical: every property except a null description and an empty level list, expressions in their
/// canonical text, Vietnamese letters unescaped. Reading is strict JSON (no comments, trailing commas, repeated or unknown
/// properties); every problem is a <see cref="JsonDocumentError"/> with an <see cref="IndicatorRuleJsonErrorCodes"/> code
/// (<c>RULE-JSON-…</c>), its path and line, never an exception.</para>
/// <para>No reflection is used (source-generated contract), so it works trimmed and under Native AOT.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class IndicatorRuleJson
{
    private static readonly JsonErrorCodes Codes = IndicatorRuleJsonErrorCodes.Codes;
    private static readonly JsonTypeInfo<IndicatorRuleSetJsonModel> Indented = CreateTypeInfo(indented: true);
    private static readonly JsonTypeInfo<IndicatorRuleSetJsonModel> Compact = CreateTypeInfo(indented: false);

    /// <summary>Writes a rule set as JSON text.</summary>
    /// <param name="rules">The rules, in order.</param>
    /// <param name="indented">Two-space indentation (the default) or a single line.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or a rule is null.</exception>
    /// <exception cref="ArgumentException">Two rules share an id, which <see cref="Deserialize(string)"/> would reject.</exception>
    public static string Serialize(IEnumerable<IndicatorValidationRule> rules, bool indented = true)
    {
        var models = Preconditions.CheckNotNull(rules).Select(ToModel).ToList();
        Preconditions.CheckArgument(models.DistinctBy(m => m.Id, StringComparer.Ordinal).Count() == models.Count, nameof(rules), "Rule ids must be unique within a set.");
        var model = new IndicatorRuleSetJsonModel { Rules = [.. models] };
        return JsonSerializer.Serialize(model, indented ? Indented : Compact);
    }

    /// <summary>Reads a rule set from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The rules in document order, or the first problem with its path and position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static OneOf<ValueList<IndicatorValidationRule>, JsonDocumentError> Deserialize(string json) =>
        JsonDocumentReader.Encode(Preconditions.CheckNotNull(json), Codes, out var utf8) is { } error ? error : Deserialize(utf8.AsSpan());

    /// <summary>Reads a rule set from UTF-8 JSON; a leading byte-order mark is skipped.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The rules in document order, or the first problem with its path and position.</returns>
    public static OneOf<ValueList<IndicatorValidationRule>, JsonDocumentError> Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        var json = JsonDocumentReader.SkipByteOrderMark(utf8Json);
        if (JsonDocumentReader.Read(json, Compact, Codes, null, out var model) is { } unread)
        {
            return unread;
        }
        if (model?.Rules is null)
        {
            return Locate(json, JsonErrorKind.Null, "Expected an object with a list of rules.", model is null ? "$" : "$.rules");
        }
        var rules = new List<IndicatorValidationRule>(model.Rules.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < model.Rules.Count; i++)
        {
            var path = "$.rules[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var result = FromModel(json, model.Rules[i], path);
            if (!result.TryPickT0(out var rule, out var error))
            {
                return error;
            }
            if (!ids.Add(rule.Id))
            {
                return Locate(json, JsonErrorKind.Value, "A rule id must be unique within a rule set.", path + ".id");
            }
            rules.Add(rule);
        }
        return new ValueList<IndicatorValidationRule>(rules);
    }

    private static IndicatorRuleJsonModel ToModel(IndicatorValidationRule rule)
    {
        Preconditions.CheckNotNull(rule);
        return new IndicatorRuleJsonModel
        {
            Id = rule.Id,
            Name = rule.Name,
            Description = rule.Description,
            Left = rule.Left.ToString(),
            Operator = rule.Operator.Name,
            Right = rule.Right.ToString(),
            Importance = rule.Importance.Name,
            LeftMissingValueStrategy = rule.LeftStrategy.Name,
            RightMissingValueStrategy = rule.RightStrategy.Name,
            UnitLevels = rule.UnitLevels.Count == 0 ? null : [.. rule.UnitLevels],
        };
    }

    private static OneOf<IndicatorValidationRule, JsonDocumentError> FromModel(ReadOnlySpan<byte> json, IndicatorRuleJsonModel? model, string path)
    {
        if (model is null)
        {
            return Locate(json, JsonErrorKind.Null, "A rule cannot be null.", path);
        }
        var missing = Blank(model.Id, "id") ?? Blank(model.Name, "name") ?? Blank(model.Left, "left") ?? Blank(model.Operator, "operator") ?? Blank(model.Right, "right");
        if (missing is not null)
        {
            var kind = missing.Value.Value is null ? JsonErrorKind.Null : JsonErrorKind.Value;
            return Locate(json, kind, "This property needs a non-blank text.", path + "." + missing.Value.Property);
        }
        var left = IndicatorExpression.Parse(model.Left!);
        if (!left.TryPickT0(out var leftExpression, out var leftError))
        {
            return Locate(json, JsonErrorKind.Value, "Not an expression: " + leftError.Message, path + ".left", leftError);
        }
        var right = IndicatorExpression.Parse(model.Right!);
        if (!right.TryPickT0(out var rightExpression, out var rightError))
        {
            return Locate(json, JsonErrorKind.Value, "Not an expression: " + rightError.Message, path + ".right", rightError);
        }
        if (!RuleOperator.TryFromName(model.Operator, out var @operator))
        {
            return Unknown(json, path + ".operator", RuleOperator.List.Select(o => o.Name));
        }
        RuleImportance? importance = null;
        if (model.Importance is not null && !RuleImportance.TryFromName(model.Importance, out importance))
        {
            return Unknown(json, path + ".importance", RuleImportance.List.Select(o => o.Name));
        }
        MissingValueStrategy? leftStrategy = null;
        if (model.LeftMissingValueStrategy is not null && !MissingValueStrategy.TryFromName(model.LeftMissingValueStrategy, out leftStrategy))
        {
            return Unknown(json, path + ".leftMissingValueStrategy", MissingValueStrategy.List.Select(o => o.Name));
        }
        MissingValueStrategy? rightStrategy = null;
        if (model.RightMissingValueStrategy is not null && !MissingValueStrategy.TryFromName(model.RightMissingValueStrategy, out rightStrategy))
        {
            return Unknown(json, path + ".rightMissingValueStrategy", MissingValueStrategy.List.Select(o => o.Name));
        }
        var levels = model.UnitLevels ?? [];
        for (var j = 0; j < levels.Count; j++)
        {
            if (levels[j] < 1)
            {
                var levelPath = path + ".unitLevels[" + j.ToString(CultureInfo.InvariantCulture) + "]";
                return Locate(json, JsonErrorKind.Value, "Unit levels start at 1 (the root unit).", levelPath);
            }
        }
        return new IndicatorValidationRule(
            model.Id!, model.Name!, leftExpression, @operator, rightExpression, importance, leftStrategy, rightStrategy, model.Description, levels);
    }

    private static (string Property, string? Value)? Blank(string? value, string property) =>
        string.IsNullOrWhiteSpace(value) ? (property, value) : null;

    private static JsonDocumentError Unknown(ReadOnlySpan<byte> json, string path, IEnumerable<string> names) =>
        Locate(json, JsonErrorKind.Value, "Unknown name; expected one of " + string.Join(", ", names) + ".", path);

    private static JsonDocumentError Locate(ReadOnlySpan<byte> json, JsonErrorKind kind, string message, string path, Text.ParseError? cause = null) =>
        JsonDocumentReader.Locate(json, Codes, kind, message, path, cause);

    private static JsonTypeInfo<IndicatorRuleSetJsonModel> CreateTypeInfo(bool indented)
    {
        var options = new JsonSerializerOptions(IndicatorRuleJsonContext.Default.Options)
        {
            WriteIndented = indented,
            // Rule names are Vietnamese text: keep letters readable. The output is a document, not HTML to inline.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
#if NET9_0_OR_GREATER
        options.NewLine = "\n";
#endif
        options.MakeReadOnly();
        return (JsonTypeInfo<IndicatorRuleSetJsonModel>)options.GetTypeInfo(typeof(IndicatorRuleSetJsonModel));
    }
}
