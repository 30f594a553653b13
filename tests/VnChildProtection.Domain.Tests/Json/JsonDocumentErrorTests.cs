using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Indicators.Rules;
using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Plans.Json;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.Domain.Tests.Json;

public sealed class JsonDocumentErrorTests
{
    // Each reader with its prefix: the plan reader, the rule-set reader, the case-history reader.
    private static readonly (string Prefix, Func<string, JsonDocumentError?> Read)[] Readers =
    [
        ("PLAN-JSON", json => PlanJson.Deserialize(json).Match(_ => (JsonDocumentError?)null, e => e)),
        ("RULE-JSON", json => IndicatorRuleJson.Deserialize(json).Match(_ => (JsonDocumentError?)null, e => e)),
        ("WORKFLOW-JSON", json => CaseEventLog.Parse(json).Match(_ => (JsonDocumentError?)null, e => e)),
    ];

    [Theory]
    [InlineData("", JsonErrorKind.Syntax, "$", 1, 1)]
    [InlineData("{\n  // comment\n}", JsonErrorKind.Syntax, "$", 2, 3)]
    [InlineData("[\n  1,\n]", JsonErrorKind.Syntax, "$", 3, 1)]
    [InlineData("{\"a\": 1, \"a\": 2}", JsonErrorKind.DuplicateProperty, "$.a", 1, 10)]
    [InlineData("[{\"x\": [], \"x\": []}]", JsonErrorKind.DuplicateProperty, "$[0].x", 1, 12)]
    [InlineData("null", JsonErrorKind.Null, "$", 1, 1)]
    public void SameMalformedInput_SameErrorFromEveryReader_WithItsPrefix(string json, JsonErrorKind kind, string path, int line, int column)
    {
        foreach (var (prefix, read) in Readers)
        {
            var error = read(json)!;
            Assert.Equal((prefix + JsonErrorCodes.Suffix(kind), kind, path, line, column), (error.Code, error.Kind, error.Path, error.Line, error.Column));
        }
        Assert.Single(Readers.Select(r => r.Read(json)!).Select(e => (e.Offset, e.BytePositionInLine)).Distinct());
    }

    [Fact]
    public void LoneSurrogate_IsTheSameSyntaxErrorForEveryReader()
    {
        var errors = Readers.Select(r => (r.Prefix, Error: r.Read("\"a\uD800\"")!)).ToList();
        Assert.All(errors, e => Assert.Equal((e.Prefix + "-SYNTAX", "$", 1, 3, 2), (e.Error.Code, e.Error.Path, e.Error.Line, e.Error.Column, e.Error.Offset)));
        Assert.Single(errors.Select(e => e.Error.Message).Distinct());
    }

    [Fact]
    public void TooDeepNesting_IsASyntaxErrorForEveryReader()
    {
        var json = new string('[', 70) + new string(']', 70);
        Assert.All(Readers, r => Assert.Equal(r.Prefix + JsonErrorCodes.SyntaxSuffix, r.Read(json)!.Code));
    }

    [Fact]
    public void AreaCodeConstants_AreThePrefixAndTheKindSuffix()
    {
        Assert.Equal(
            [PlanJsonErrorCodes.Syntax, PlanJsonErrorCodes.DuplicateProperty, PlanJsonErrorCodes.UnknownProperty, PlanJsonErrorCodes.MissingProperty, PlanJsonErrorCodes.Null, PlanJsonErrorCodes.Type, PlanJsonErrorCodes.Value],
            Enum.GetValues<JsonErrorKind>().Select(PlanJsonErrorCodes.Codes.For));
        Assert.Equal(
            [IndicatorRuleJsonErrorCodes.Syntax, IndicatorRuleJsonErrorCodes.DuplicateProperty, IndicatorRuleJsonErrorCodes.UnknownProperty, IndicatorRuleJsonErrorCodes.MissingProperty, IndicatorRuleJsonErrorCodes.Null, IndicatorRuleJsonErrorCodes.Type, IndicatorRuleJsonErrorCodes.Value],
            Enum.GetValues<JsonErrorKind>().Select(IndicatorRuleJsonErrorCodes.Codes.For));
        Assert.Equal(
            [CaseEventLogErrorCodes.Syntax, CaseEventLogErrorCodes.DuplicateProperty, CaseEventLogErrorCodes.UnknownProperty, CaseEventLogErrorCodes.MissingProperty, CaseEventLogErrorCodes.Null, CaseEventLogErrorCodes.Type, CaseEventLogErrorCodes.Value],
            Enum.GetValues<JsonErrorKind>().Select(CaseEventLogErrorCodes.Codes.For));
        Assert.Equal("PLAN-JSON-TYPE", PlanJsonErrorCodes.Type);
        Assert.Equal("RULE-JSON-MISSING-PROPERTY", IndicatorRuleJsonErrorCodes.MissingProperty);
        Assert.Equal("WORKFLOW-JSON-SYNTAX", CaseEventLogErrorCodes.Syntax);
    }

    [Theory]
    [InlineData("")]
    [InlineData("plan-json")]
    [InlineData("-PLAN")]
    [InlineData("PLAN-")]
    [InlineData("PLAN--JSON")]
    [InlineData("PLAN JSON")]
    public void JsonErrorCodes_MalformedPrefix_IsAProgrammerError(string prefix) =>
        Assert.Throws<ArgumentException>(() => new JsonErrorCodes(prefix));

    [Fact]
    public void JsonErrorCodes_ValueEqualityByPrefix()
    {
        Assert.Equal(new JsonErrorCodes("A-B"), new JsonErrorCodes("A-B"));
        Assert.NotEqual(new JsonErrorCodes("A-B"), new JsonErrorCodes("A-C"));
        Assert.Equal("A-B", new JsonErrorCodes("A-B").ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonErrorCodes("A").For((JsonErrorKind)99));
    }

    [Fact]
    public void Constructor_CodeComesFromTheCodesAndKind()
    {
        var error = new JsonDocumentError(new JsonErrorCodes("X-JSON"), JsonErrorKind.Value, "Bad.", "$.a", 2, 3, 2, 10);
        Assert.Equal("X-JSON-VALUE", error.Code);
        Assert.Equal("X-JSON-VALUE at $.a (2:3): Bad.", error.ToString());
        Assert.Equal(new Domain.Text.SourceLocation("$.a", 2, 3, 10, 0), error.ToSourceLocation());
        Assert.Throws<ArgumentException>(() => new JsonDocumentError(new JsonErrorCodes("X"), JsonErrorKind.Value, "Bad.", "a", 1, 1, 0, 0));
    }

    [Property(MaxTest = 3_000)]
    public Property AnyString_EveryReader_ReturnsAValueOrAnErrorWithItsPrefix_NeverThrows()
    {
        // Plain strings, and strings built from JSON pieces so that the readers get past the syntax check.
        var pieces = Gen.Elements("{", "}", "[", "]", ",", ":", "null", "0", "1.5", "\"x\"", "\"rules\"", "\"header\"", "\"caseId\"", "\"\uD800\"", " ", "\n", "//", "true");
        var structured = Gen.ListOf(pieces).Select(p => string.Concat(p));
        var inputs = Gen.OneOf(structured, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null));
        return Prop.ForAll(inputs.ToArbitrary(), json => Readers.All(r => r.Read(json) is not { } e
            || (e.Code == r.Prefix + JsonErrorCodes.Suffix(e.Kind) && e.Line >= 1 && e.Column >= 1 && e.Path.StartsWith('$') && e.Offset <= json.Length)));
    }
}
