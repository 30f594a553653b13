using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OneOf;
using VnChildProtection.Cli.Output.Sarif;
using VnChildProtection.Domain.Json;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// The rule-configuration file of <c>vncp validate --rules &lt;file.json&gt;</c>:
/// <c>{"disable": ["VNCP0012"], "severity": {"issue-date-missing": "error"}, "warnAsError": false}</c>, every
/// property optional, no other property allowed.
/// </summary>
/// <remarks>
/// Problems are reported as compilers report them, <c>file(line,column): code: message</c>, the place being the value
/// at fault (the reader's position for syntax errors), columns in UTF-16 code units. A file that is not a rule
/// configuration is the library's <see cref="JsonDocumentError"/> with the <c>RULES-JSON</c> prefix, as every JSON reader's.
/// </remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record RuleConfigurationFile(string?[]? Disable, Dictionary<string, string?>? Severity, bool? WarnAsError)
{
    /// <summary>The prefix of the file's codes.</summary>
    public const string Prefix = "RULES-JSON";

    /// <summary>The file is not JSON.</summary>
    public const string SyntaxCode = Prefix + JsonErrorCodes.SyntaxSuffix;

    /// <summary>A property other than <c>disable</c>, <c>severity</c> and <c>warnAsError</c>.</summary>
    public const string UnknownPropertyCode = Prefix + JsonErrorCodes.UnknownPropertySuffix;

    /// <summary>A property with a value of the wrong kind (a string for <c>disable</c>, and so on).</summary>
    public const string TypeCode = Prefix + JsonErrorCodes.TypeSuffix;

    /// <summary>A rule that is neither a code nor a kebab-case name.</summary>
    public const string RuleCode = Prefix + "-RULE";

    /// <summary>A severity other than error, warning and info.</summary>
    public const string SeverityCode = Prefix + "-SEVERITY";

    /// <summary>The file cannot be opened.</summary>
    public const string IoCode = "IO";

    /// <summary>The codes of a file that is not a rule configuration.</summary>
    public static JsonErrorCodes Codes { get; } = new(Prefix);

    /// <summary>The path the file was read from, as given.</summary>
    [JsonIgnore]
    public string FilePath { get; private init; } = "";

    [JsonIgnore]
    private string Text { get; init; } = "";

    /// <summary>Reads and parses the file; the problem as one line otherwise.</summary>
    /// <param name="path">The file's path.</param>
    public static OneOf<RuleConfigurationFile, string> Read(string path)
    {
        string text;
        try
        {
            text = VncpApp.ReadText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{path}: {IoCode}: the rule configuration cannot be read ({CliFiles.Describe(e)}).";
        }
        var read = Parse(text);
        if (read.TryPickT1(out var error, out var file))
        {
            return $"{path}({error.Line.ToString(CultureInfo.InvariantCulture)},{error.Column.ToString(CultureInfo.InvariantCulture)}): {error.Code}: {error.Message}";
        }
        return file with { FilePath = path, Text = text };
    }

    /// <summary>Parses the file's text; what makes it no rule configuration otherwise, placed where the reader stopped.</summary>
    /// <param name="text">The file's text.</param>
    public static OneOf<RuleConfigurationFile, JsonDocumentError> Parse(string text)
    {
        try
        {
            var file = JsonSerializer.Deserialize(text, CliJsonContext.Readable.RuleConfigurationFile);
            return file is null ? At(text, JsonErrorKind.Type, "expected an object with disable, severity and warnAsError.", "$", 0, 0) : file;
        }
        catch (JsonException e)
        {
            var (kind, message) = Classify(e);
            return At(text, kind, message, e.Path ?? "$", (int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0));
        }
    }

    /// <summary>A problem with the value at <paramref name="jsonPath"/>, placed where that value is in the file.</summary>
    /// <param name="code">The problem's code.</param>
    /// <param name="jsonPath">The value's path (<c>$.disable[0]</c>, <c>$.severity.issue-date-missing</c>).</param>
    /// <param name="message">What is wrong.</param>
    public string Problem(string code, string jsonPath, string message)
    {
        var region = new JsonPathLocator(Text).FindNearest(jsonPath);
        var place = region is null ? "" : string.Create(CultureInfo.InvariantCulture, $"({region.StartLine},{region.StartColumn})");
        return $"{FilePath}{place}: {code}: {message}";
    }

    // JsonException messages name .NET types; the file's author needs the property and what it takes.
    private static (JsonErrorKind Kind, string Message) Classify(JsonException e)
    {
        var path = e.Path ?? "$";
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return (JsonErrorKind.UnknownProperty, $"unknown property {path}; the properties are disable, severity and warnAsError.");
        }
        string? expected = path switch
        {
            "$" => "an object with disable, severity and warnAsError",
            _ when path.StartsWith("$.disable", StringComparison.Ordinal) => "disable is an array of rule codes or names",
            _ when path.StartsWith("$.severity", StringComparison.Ordinal) => "severity is an object from rule code or name to error, warning or info",
            _ when path.StartsWith("$.warnAsError", StringComparison.Ordinal) => "warnAsError is true or false",
            _ => null,
        };
        // The reader's own errors (JsonReaderException, a JsonException) come wrapped; a value of the wrong kind does not.
        return e.InnerException is JsonException
            ? (JsonErrorKind.Syntax, "not valid JSON (" + WithoutPosition(e.InnerException.Message) + ").")
            : (JsonErrorKind.Type, $"wrong value at {path}: {expected ?? "not a rule configuration"}.");
    }

    private static string WithoutPosition(string message)
    {
        // The reader appends "LineNumber: … | BytePositionInLine: …", which the report gives as (line,column) already.
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.', ' ');
    }

    // The reader counts bytes on a zero-based line; the report counts UTF-16 code units from one.
    private static JsonDocumentError At(string text, JsonErrorKind kind, string message, string path, int line, int bytes)
    {
        var lines = text.Split('\n');
        var column = bytes + 1;
        var offset = text.Length;
        if (line < lines.Length)
        {
            var utf8 = Encoding.UTF8.GetBytes(lines[line]);
            column = Encoding.UTF8.GetCharCount(utf8, 0, Math.Min(bytes, utf8.Length)) + 1;
            offset = lines.Take(line).Sum(l => l.Length + 1) + column - 1;
        }
        return new JsonDocumentError(Codes, kind, message, path, line + 1, column, bytes, offset);
    }
}
