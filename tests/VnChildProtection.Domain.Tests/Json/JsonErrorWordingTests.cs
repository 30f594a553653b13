using System;
using System.Linq;
using VnChildProtection.Domain.Indicators.Rules;
using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Plans.Json;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.Domain.Tests.Json;

/// <summary>JSON errors are worded for the document, never with .NET type or member names, and have Vietnamese messages.</summary>
public sealed class JsonErrorWordingTests
{
    private static readonly string[] Leaks = [".NET", "ValueList", "PlanDocument", "System.", "`1", "could not be mapped", "converted to"];

    private static JsonDocumentError[] Errors(string json) =>
    [
        PlanJson.Deserialize(json).Match(_ => null!, e => e),
        IndicatorRuleJson.Deserialize(json).Match(_ => null!, e => e),
        CaseEventLog.Parse(json).Match(_ => null!, e => e),
    ];

    [Theory]
    [InlineData("{ \"indicators\": { } }")]
    [InlineData("{ \"rules\": 3 }")]
    [InlineData("{ \"bogus\": 1 }")]
    [InlineData("{ \"header\": { \"number\": 27 } }")]
    [InlineData("{ \"header\": { \"issueDate\": true } }")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"events\": [ { } ] }")]
    public void Messages_NameNoDotNetTypes_AndHaveVietnamese(string json)
    {
        foreach (var error in Errors(json).Where(e => e is not null))
        {
            foreach (var leak in Leaks)
            {
                Assert.DoesNotContain(leak, error.Message, StringComparison.Ordinal);
            }
            Assert.NotEqual(error.Message, error.MessageVietnamese);
            Assert.Contains(error.Path, error.MessageVietnamese, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WrongCollection_SaysAnArrayWasExpected()
    {
        var error = PlanJson.Deserialize("{ \"indicators\": { } }").AsT1;
        Assert.Equal(JsonErrorKind.Type, error.Kind);
        Assert.Contains("an array", error.Message, StringComparison.Ordinal);
        Assert.Equal("$.indicators", error.Path);
    }

    [Fact]
    public void UnknownProperty_IsNamed()
    {
        var error = PlanJson.Deserialize("{ \"bogus\": 1 }").AsT1;
        Assert.Equal(JsonErrorKind.UnknownProperty, error.Kind);
        Assert.Contains("'bogus'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }
}

public sealed class JsonPathTextTests
{
    [Theory]
    [InlineData("$.header.number", "number")]
    [InlineData("$.indicators[2].targets[0].target", "target")]
    [InlineData("$['odd name']", "odd name")]
    [InlineData("$.responsibilities[2]['indicators[']", "indicators[")]
    [InlineData("$['a.b'].c", "c")]
    [InlineData("$['it\\'s']", "it's")]
    [InlineData("$", "")]
    public void LastName_ReadsTheLastPropertySegment(string path, string expected)
    {
        Assert.Equal(expected, JsonPathText.LastName(path));
    }

    [FsCheck.Xunit.Property(MaxTest = 2_000)]
    public bool LastName_NeverThrows(string? path) => JsonPathText.LastName(path ?? "$") is not null;
}
