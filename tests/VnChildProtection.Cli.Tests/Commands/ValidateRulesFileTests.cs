using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Cli.Tests.Commands;

/// <summary><c>vncp validate --rules &lt;file.json&gt;</c>: the rule configuration read from a file, and bad files.</summary>
public sealed class ValidateRulesFileTests : IDisposable
{
    private readonly string folder = ValidateCommandWordTests.TempFolder();

    private static string Seed001 { get; } = SeedCorpus.SeedFiles[1];

    public void Dispose() => Directory.Delete(folder, true);

    private string Write(string json)
    {
        var path = Path.Combine(folder, "rules.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static (int Code, string Output, string Error) Validate(params string[] args) =>
        CliRunner.Run(["validate", .. args, "--format", "json"]);

    private static (string Code, string Severity)[] Levels(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Select(r => (r.GetProperty("code").GetString()!, r.GetProperty("severity").GetString()!)).ToArray();

    [Fact]
    public void File_SameAsTheOptions()
    {
        var rules = Write("""{"disable": ["VNCP0012"], "severity": {"issue-date-missing": "error"}, "warnAsError": false}""");

        var fromFile = Validate(Seed001, "--rules", rules);
        var fromOptions = Validate(Seed001, "--disable", "VNCP0012", "--severity", "issue-date-missing=error");

        Assert.Equal(1, fromFile.Code);
        Assert.Equal([("VNCP0001", "warning"), ("VNCP0002", "error")], Levels(fromFile.Output));
        Assert.Equal(fromOptions, fromFile);
    }

    [Fact]
    public void File_WarnAsErrorTrue_SameAsTheFlag()
    {
        var rules = Write("""{"warnAsError": true}""");

        Assert.Equal(Validate(Seed001, "--warnaserror"), Validate(Seed001, "--rules", rules));
    }

    [Fact]
    public void CommandLine_WinsOverTheFile()
    {
        var rules = Write("""{"disable": ["VNCP0001"], "severity": {"VNCP0002": "error", "VNCP0012": "info"}}""");

        var (code, output, _) = Validate(Seed001, "--rules", rules, "--severity", "VNCP0001=error", "--severity", "VNCP0002=info",
            "--disable", "VNCP0012");

        // VNCP0001 disabled by the file is on again with the command line's severity; VNCP0012 is off.
        Assert.Equal(1, code);
        Assert.Equal([("VNCP0001", "error"), ("VNCP0002", "info")], Levels(output));
    }

    [Fact]
    public void Sarif_FileConfigurationRecordedAsOverrides()
    {
        var rules = Write("""{"disable": ["section-numbering"], "severity": {"vncp0001": "info"}}""");

        var (_, output, _) = CliRunner.Run("validate", Seed001, "--rules", rules, "--format", "sarif");
        var overrides = JsonDocument.Parse(output).RootElement.GetProperty("runs")[0].GetProperty("invocations")[0]
            .GetProperty("ruleConfigurationOverrides").EnumerateArray()
            .Select(o => o.GetProperty("descriptor").GetProperty("id").GetString()!).ToArray();

        Assert.Equal(["VNCP0001", "VNCP0012"], overrides);
    }

    [Theory]
    [InlineData("{\"disable\": [\"VNCP0012\"],\n  \"severity\": {\"issue-date-mising\": \"error\"}}", "(2,37): RULES-JSON-RULE: 'issue-date-mising' is neither a rule code (VNCP0001–VNCP0014) nor a kebab-case rule name (section-numbering). Did you mean issue-date-missing (VNCP0002)?")]
    [InlineData("""{"disable": ["VNCP0012", "secton-numbering"]}""", "(1,26): RULES-JSON-RULE: 'secton-numbering' is neither")]
    [InlineData("""{"disable": [null]}""", "(1,14): RULES-JSON-RULE: a rule is a code (VNCP0012) or a kebab-case name (section-numbering), not null.")]
    [InlineData("""{"severity": {"VNCP0002": "fatal"}}""", "(1,27): RULES-JSON-SEVERITY: the severity of VNCP0002 is error, warning or info.")]
    [InlineData("""{"disable": "VNCP0012"}""", "(1,23): RULES-JSON-TYPE: wrong value at $.disable: disable is an array of rule codes or names.")]
    [InlineData("""{"warnAsError": "yes"}""", "(1,22): RULES-JSON-TYPE: wrong value at $.warnAsError: warnAsError is true or false.")]
    [InlineData("""{"warnaserror": true}""", "(1,16): RULES-JSON-UNKNOWN-PROPERTY: unknown property $.warnaserror; the properties are disable, severity and warnAsError.")]
    [InlineData("""{"disable": ["VNCP0012"] x}""", "(1,26): RULES-JSON-SYNTAX: not valid JSON ('x' is invalid after a value. Expected either ',', '}', or ']').")]
    [InlineData("null", "(1,1): RULES-JSON-TYPE: expected an object with disable, severity and warnAsError.")]
    [InlineData("", "(1,1): RULES-JSON-SYNTAX: not valid JSON (")]
    public void BadFile_ExitTwoWithFileLineColumnAndCode(string json, string expected)
    {
        var rules = Write(json);

        CliAssert.RejectsInput("validate", Seed001, "--rules", rules);
        var (_, _, error) = CliRunner.Run("validate", Seed001, "--rules", rules);
        Assert.StartsWith(rules + expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_ExitTwo()
    {
        var rules = Path.Combine(folder, "none.json");

        CliAssert.RejectsInput("validate", Seed001, "--rules", rules);
        Assert.Equal(rules + ": IO: the rule configuration cannot be read (no such file).",
            CliRunner.Run("validate", Seed001, "--rules", rules).Error.TrimEnd());
    }

    [Theory]
    [InlineData("", "RULES-JSON-SYNTAX", "$", 1, 1)]
    [InlineData("{\"disable\": \"VNCP0012\"}", "RULES-JSON-TYPE", "$.disable", 1, 23)]
    [InlineData("{\n  \"warnaserror\": true}", "RULES-JSON-UNKNOWN-PROPERTY", "$.warnaserror", 2, 17)]
    public void Parse_NotARuleConfiguration_IsTheLibrarysJsonDocumentError(string json, string code, string path, int line, int column)
    {
        var error = Cli.Commands.RuleConfigurationFile.Parse(json).AsT1;
        Assert.Equal((code, path, line, column), (error.Code, error.Path, error.Line, error.Column));
        Assert.Equal(Cli.Commands.RuleConfigurationFile.Codes.For(error.Kind), error.Code);
        Assert.Equal(json.Split('\n').Take(line - 1).Sum(l => l.Length + 1) + column - 1, error.Offset);
    }
}
