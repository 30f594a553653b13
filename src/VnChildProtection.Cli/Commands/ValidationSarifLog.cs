using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using VnChildProtection.Cli.Output.Sarif;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Plans.Diagnostics;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// Turns what <c>vncp validate</c> found into one SARIF 2.1.0 log: the rule catalogue, one result per finding, the input
/// files as artifacts, and the inputs that could not be read as tool notifications.
/// </summary>
internal static partial class ValidationSarifLog
{
    /// <summary>The schema URI the log names in <c>$schema</c>.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The key of our entry in <c>result.partialFingerprints</c> (the <c>/v1</c> suffix versions the recipe).</summary>
    public const string FingerprintKey = "vncpFinding/v1";

    private const string ImportRuleName = "import";

    /// <summary>Builds the log.</summary>
    /// <param name="files">Every input file, in the order validated (they become <c>run.artifacts</c>).</param>
    /// <param name="findings">The findings of the files that could be read (rule and import diagnostics).</param>
    /// <param name="failures">For each file that could not be read, the row that says why.</param>
    /// <param name="missing">Inputs that are neither a file nor a folder.</param>
    /// <param name="exitCode">The exit code the command returns.</param>
    /// <param name="configuration">The rules the run disabled or re-levelled (they become <c>ruleConfigurationOverrides</c>).</param>
    /// <param name="currentDirectory">The directory file URIs are made relative to.</param>
    /// <param name="readJson">The text of a JSON input as validated, to place findings in it (null if there is none).</param>
    public static SarifLog Build(
        IReadOnlyList<string> files, IReadOnlyList<ValidationRow> findings, IReadOnlyList<ValidationRow> failures,
        IReadOnlyList<string> missing, int exitCode, RuleConfiguration configuration, string currentDirectory, Func<string, string?> readJson)
    {
        var locators = new Dictionary<string, JsonPathLocator?>(StringComparer.Ordinal);
        SarifRegion? RegionOf(ValidationRow row)
        {
            if (IsJson(row))
            {
                if (!locators.TryGetValue(row.File, out var locator))
                {
                    locators[row.File] = locator = readJson(row.File) is { } json ? new JsonPathLocator(json) : null;
                }
                return locator?.FindNearest(row.Path);
            }
            return IsWord(row) || row.Line is not { } line ? null : new SarifRegion(line, row.Column, row.EndLine, row.EndColumn);
        }
        var uris = new Dictionary<string, string>(StringComparer.Ordinal);
        string UriOf(string file) => uris.TryGetValue(file, out var uri) ? uri : uris[file] = ToUri(file, currentDirectory);
        var artifactIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var artifacts = new List<SarifArtifact>();
        foreach (var file in files)
        {
            if (artifactIndex.TryAdd(file, artifacts.Count))
            {
                artifacts.Add(new SarifArtifact(new SarifArtifactLocation(UriOf(file), null), MimeType(file), ["analysisTarget"]));
            }
        }
        SarifArtifactLocation ArtifactOf(string file) =>
            new(UriOf(file), artifactIndex.TryGetValue(file, out var index) ? index : null);

        var rules = PlanRule.List.OrderBy(r => r.Value).Select(Describe).ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var results = new List<SarifResult>();
        foreach (var row in findings)
        {
            // Import diagnostics (IMPORT-*) say that a passage of the plan could not be read: a condition of the artifact
            // at a place in it, which is what SARIF results are for (§3.27). Notifications (§3.58) are about the tool's
            // run, which went on; so they become results of rules added as they first appear.
            if (!ruleIndex.TryGetValue(row.Code, out var index))
            {
                index = rules.Count;
                rules.Add(DescribeImport(row.Code));
                ruleIndex.Add(row.Code, index);
            }
            var uri = UriOf(row.File);
            var identity = string.Join('\n', row.Code, uri, LineReference().Replace(row.Message, "(line)"));
            occurrences[identity] = occurrences.TryGetValue(identity, out var seen) ? seen + 1 : 1;
            var text = !IsJson(row) && !IsWord(row);
            results.Add(new SarifResult(
                row.Code,
                index,
                Level(row.Severity),
                new SarifMessage(row.Message),
                [new SarifLocation(
                    new SarifPhysicalLocation(ArtifactOf(row.File), RegionOf(row)),
                    [new SarifLogicalLocation(row.Path, LogicalKind(row.Path))])],
                new Dictionary<string, string>(StringComparer.Ordinal) { [FingerprintKey] = Fingerprint(identity, occurrences[identity]) },
                Properties(row, text)));
        }

        var notifications = new List<SarifNotification>();
        foreach (var path in missing)
        {
            notifications.Add(new SarifNotification(
                "error", new SarifMessage("No such file or folder."),
                [new SarifLocation(new SarifPhysicalLocation(new SarifArtifactLocation(UriOf(path), null), null), null)],
                new SarifDescriptorReference("IO-NOT-FOUND")));
        }
        foreach (var row in failures)
        {
            // A JSON reader error has its line and column in the JSON file itself; a Word or I/O error has none.
            var region = row.Line is { } line && string.Equals(row.Rule, "json", StringComparison.Ordinal) ? new SarifRegion(line, row.Column) : null;
            notifications.Add(new SarifNotification(
                "error", new SarifMessage($"The file cannot be read ({row.Code}): {Sentence(row.Message)}"),
                [new SarifLocation(new SarifPhysicalLocation(ArtifactOf(row.File), region), null)],
                new SarifDescriptorReference(row.Code)));
        }

        var version = InformationalVersion();
        var driver = new SarifToolComponent("vncp", RepositoryUrl(), version, version.Split('+')[0], rules);
        var overrides = Overrides(configuration, rules, ruleIndex);
        var invocation = new SarifInvocation(notifications.Count == 0, exitCode, notifications.Count == 0 ? null : notifications,
            overrides.Count == 0 ? null : overrides);
        var run = new SarifRun(new SarifTool(driver), [invocation], artifacts, results, "utf16CodeUnits");
        return new SarifLog(SchemaUri, "2.1.0", [run]);
    }

    /// <summary>The help page of a rule: its section of docs/rules.md (GitHub's anchor of <c>## VNCP0012 section-numbering</c>).</summary>
    public static string HelpUri(PlanRule rule) =>
        $"{RepositoryUrl() ?? ""}/blob/main/docs/rules.md#{rule.Code.ToLowerInvariant()}-{rule.Name}";

    /// <summary><c>section-numbering</c> → <c>SectionNumbering</c>; <c>IMPORT-TARGET-UNREAD</c> → <c>ImportTargetUnread</c>.</summary>
    public static string PascalCase(string name) =>
        string.Concat(name.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant()));

    // One override per rule the options touch, in catalogue order, then the import rules --warnaserror raised, in the
    // order they appear in run.tool.driver.rules.
    private static List<SarifConfigurationOverride> Overrides(
        RuleConfiguration configuration, List<SarifReportingDescriptor> rules, Dictionary<string, int> ruleIndex)
    {
        var options = configuration.Options;
        var overrides = PlanRule.List.OrderBy(r => r.Value)
            .Where(r => !options.IsEnabled(r) || options.SeverityOverrides.ContainsKey(r))
            .Select(r => new SarifConfigurationOverride(
                new SarifReportingConfiguration(
                    options.SeverityOverrides.ContainsKey(r) ? Level(options.SeverityOf(r).ToString().ToLowerInvariant()) : null,
                    options.IsEnabled(r) ? null : false),
                new SarifDescriptorReference(r.Code, ruleIndex[r.Code])))
            .ToList();
        if (configuration.ImportSeverity != "warning")
        {
            overrides.AddRange(rules.Where(r => r.Properties.VncpName == ImportRuleName).Select(r => new SarifConfigurationOverride(
                new SarifReportingConfiguration(Level(configuration.ImportSeverity)),
                new SarifDescriptorReference(r.Id, ruleIndex[r.Id]))));
        }
        return overrides;
    }

    private static SarifReportingDescriptor Describe(PlanRule rule)
    {
        var severity = rule.DefaultSeverity.ToString().ToLowerInvariant();
        return new SarifReportingDescriptor(
            rule.Code,
            PascalCase(rule.Name),
            new SarifMessage(rule.Title + "."),
            new SarifMessage($"{rule.Title} ({rule.TitleVietnamese}). Rule {rule.Name}, default severity {severity}; docs/rules.md gives a failing and a passing example."),
            HelpUri(rule),
            new SarifReportingConfiguration(Level(severity)),
            new SarifRuleProperties(rule.Name, rule.TitleVietnamese));
    }

    private static SarifReportingDescriptor DescribeImport(string code) => new(
        code,
        PascalCase(code),
        new SarifMessage("Part of the plan text could not be imported."),
        new SarifMessage($"{code}: the importer (VnChildProtection.Documents) kept a passage it could not read; docs/import.md lists the import diagnostics."),
        $"{RepositoryUrl() ?? ""}/blob/main/docs/import.md#diagnostics",
        new SarifReportingConfiguration("warning"),
        new SarifRuleProperties(ImportRuleName, null));

    private static SarifResultProperties? Properties(ValidationRow row, bool text)
    {
        var vietnamese = row.MessageVi == row.Message ? null : row.MessageVi;
        var (line, column) = text ? (null, null) : row.SourceLine is not null ? (row.SourceLine, row.SourceColumn) : (row.Line, row.Column);
        return vietnamese is null && line is null ? null : new SarifResultProperties(vietnamese, line, column);
    }

    /// <summary>SARIF levels: error, warning and note (our info).</summary>
    public static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "note",
    };

    // Lines and columns of a finding are lines of the file only when the file is the text that was imported: a plan
    // read from JSON carries the spans of the text it came from (its region is found from the JSON path instead), and
    // the lines of a Word document are those of its extracted text, not of the .docx package (no region: SARIF regions
    // in a binary file are byte ranges, which the reader does not give).
    private static bool IsJson(ValidationRow row) =>
        row.Kind is { } kind ? kind == PlanFileKind.Json : row.File.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static bool IsWord(ValidationRow row) =>
        row.Kind is { } kind ? kind == PlanFileKind.Word : row.File.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);

    private static string MimeType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".json" => "application/json",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".md" => "text/markdown",
        _ => "text/plain",
    };

    private static string LogicalKind(string path) =>
        path == "$" ? "object" : path.EndsWith(']') ? "value" : "property";

    // The identity leaves out the line, so a finding keeps its fingerprint when lines shift; messages that cite another
    // line ("repeats the number of an earlier section (line 209)") have that number masked for the same reason. The
    // ordinal tells apart identical findings in one file.
    private static string Fingerprint(string identity, int occurrence) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity))) + ":" + occurrence.ToString(CultureInfo.InvariantCulture);

    private static string Sentence(string message) => message.EndsWith('.') ? message : message + ".";

    /// <summary>
    /// A path relative to <paramref name="currentDirectory"/> with forward slashes, percent-encoded (SARIF URIs are
    /// RFC 3986 references); a file outside that directory gets an absolute <c>file:</c> URI instead of <c>../</c> steps.
    /// </summary>
    public static string ToUri(string path, string currentDirectory)
    {
        var full = Path.GetFullPath(path, currentDirectory);
        var relative = Path.GetRelativePath(currentDirectory, full);
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return new Uri(full).AbsoluteUri;
        }
        return string.Join('/', relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString));
    }

    private static string InformationalVersion() =>
        typeof(ValidationSarifLog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    // The build stamps the repository URL of Directory.Build.props into the assembly.
    private static string? RepositoryUrl() =>
        typeof(ValidationSarifLog).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value;

    [GeneratedRegex(@"\(line \d+\)", RegexOptions.CultureInvariant)]
    private static partial Regex LineReference();
}
