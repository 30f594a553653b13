using VnChildProtection.Cli.Output.Sarif;

namespace VnChildProtection.Cli.Tests.Output.Sarif;

public class JsonPathLocatorTests
{
    private const string Plan = "{\n  \"header\": { \"number\": \"/KH-SLĐTBXH\", \"place\": \"Lạng Sơn\" },\n  \"sections\": [\n    { \"number\": \"I\" },\n    { \"number\": \"II\" }\n  ],\n  \"odd key\": 1\n}";

    [Theory]
    [InlineData("$.header.number", 2, 25, 2, 38)]
    [InlineData("$.header.place", 2, 49, 2, 59)]
    [InlineData("$.sections[1]", 5, 5, 5, 23)]
    [InlineData("$.sections[1].number", 5, 17, 5, 21)]
    [InlineData("$['odd key']", 7, 14, 7, 15)]
    [InlineData("$", 1, 1, 8, 2)]
    public void Find_Path_GivesTheValuesRegionInUtf16Columns(string path, int startLine, int startColumn, int endLine, int endColumn) =>
        Assert.Equal(new SarifRegion(startLine, startColumn, endLine, endColumn), new JsonPathLocator(Plan).Find(path));

    [Fact]
    public void Find_AbsentPath_IsNull() =>
        Assert.Null(new JsonPathLocator(Plan).Find("$.header.issueDate"));

    [Fact]
    public void FindNearest_AbsentProperty_GivesTheObjectThatLacksIt() =>
        Assert.Equal(new JsonPathLocator(Plan).Find("$.header"), new JsonPathLocator(Plan).FindNearest("$.header.issueDate"));

    [Fact]
    public void FindNearest_IndexPastTheEnd_GivesTheArray() =>
        Assert.Equal(new JsonPathLocator(Plan).Find("$.sections"), new JsonPathLocator(Plan).FindNearest("$.sections[7].number"));

    [Theory]
    [InlineData("")]
    [InlineData("{ \"header\": ")]
    [InlineData("not json")]
    public void Find_TextThatIsNotJson_IsNull(string text) =>
        Assert.Null(new JsonPathLocator(text).FindNearest("$.header"));
}
