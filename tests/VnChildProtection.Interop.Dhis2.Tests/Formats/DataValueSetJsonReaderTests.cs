using System.Linq;

namespace VnChildProtection.Interop.Dhis2.Tests.Formats;

/// <summary>Bad dataValueSets JSON: every problem a positioned diagnostic, good values still read.</summary>
public class DataValueSetJsonReaderTests
{
    private const string Bulk = """
        {
          "dataValues": [
            { "dataElement": "A", "period": "202501", "orgUnit": "OU", "value": "1" },
            { "dataElement": "B", "period": "202501", "orgUnit": "OU", "value": "2" },
            { "dataElement": "C", "period": "202501", "orgUnit": "OU", "value": "3" }
          ]
        }
        """;

    [Fact]
    public void Truncated_GoodValuesBeforeTheCutAndOneSyntaxDiagnosticAtTheEnd()
    {
        var cut = Bulk[..Bulk.IndexOf("\"C\"", System.StringComparison.Ordinal)];

        var items = Dhis2Docs.Json(cut);

        Assert.Equal(["A", "B"], items.Values().Select(v => v.DataElement));
        var syntax = Assert.Single(items.Diagnostics());
        Assert.Equal(Dhis2DiagnosticCodes.JsonSyntax, syntax.Code);
        Assert.Equal(5, syntax.Location.Line);
    }

    [Fact]
    public void UnknownPropertyAndWrongType_ArePositionedAndTheOtherValuesRead()
    {
        var text = Bulk.Replace("\"value\": \"2\"", "\"value\": {\"x\": 1}", System.StringComparison.Ordinal)
            .Replace("\"orgUnit\": \"OU\", \"value\": \"3\"", "\"orgUnit\": \"OU\", \"colour\": [1, 2], \"value\": \"3\"", System.StringComparison.Ordinal);

        var items = Dhis2Docs.Json(text);

        Assert.Equal(["A", "C"], items.Values().Select(v => v.DataElement));
        var diagnostics = items.Diagnostics();
        Assert.Equal(
            [(Dhis2DiagnosticCodes.JsonType, "$.dataValues[1].value", 4), (Dhis2DiagnosticCodes.JsonUnknownProperty, "$.dataValues[2].colour", 5)],
            diagnostics.Select(d => (d.Code, d.Location.Path, d.Location.Line!.Value)));
        Assert.Equal(text.Split('\n')[4].IndexOf("\"colour\"", System.StringComparison.Ordinal) + 1, diagnostics[1].Location.Column);
    }

    [Fact]
    public void MissingPeriod_WithoutSetLevelPeriod_IsReported()
    {
        var items = Dhis2Docs.Json("""{"dataValues": [{"dataElement": "A", "orgUnit": "OU", "value": "1"}]}""");

        var diagnostic = Assert.Single(items.Diagnostics());
        Assert.Equal((Dhis2DiagnosticCodes.MissingField, "$.dataValues[0]"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.Empty(items.Values());
    }

    [Fact]
    public void DuplicateProperty_IsReportedAndTheValueNotGuessed()
    {
        var items = Dhis2Docs.Json("""{"dataValues": [{"dataElement": "A", "period": "2025", "orgUnit": "OU", "value": "1", "value": "2"}]}""");

        Assert.Equal([Dhis2DiagnosticCodes.JsonDuplicateProperty], items.Diagnostics().Select(d => d.Code));
        Assert.Empty(items.Values());
    }

    [Fact]
    public void NumbersAndBooleans_AreAcceptedAsDhis2SendsThem()
    {
        var value = Dhis2Docs.Json("""{"dataValues": [{"dataElement": "A", "period": "2025", "orgUnit": "OU", "value": 12.50, "followup": "true", "deleted": false}]}""").Values().Single();

        Assert.Equal(("12.50", true, false), (value.Value, value.FollowUp, value.Deleted));
    }

    [Fact]
    public void ByteOrderMarkAndVietnameseComment_ColumnsCountUtf16()
    {
        var text = "\uFEFF{\"dataValues\": [{\"comment\": \"Đã kiểm tra 😀\", \"dataElement\": \"A\", \"period\": \"2025\", \"orgUnit\": \"OU\", \"value\": \"1\", \"x\": 0}]}";

        var diagnostic = Assert.Single(Dhis2Docs.Json(text).Diagnostics());

        Assert.Equal(text.IndexOf("\"x\"", System.StringComparison.Ordinal), diagnostic.Location.Column);
    }

    [Fact]
    public void NotAnObject_OrEmpty_IsOneDiagnostic()
    {
        Assert.Equal([Dhis2DiagnosticCodes.JsonType], Dhis2Docs.Json("[1, 2]").Diagnostics().Select(d => d.Code));
        Assert.Equal([Dhis2DiagnosticCodes.JsonSyntax], Dhis2Docs.Json("").Diagnostics().Select(d => d.Code));
    }

    [Fact]
    public void SmallBuffer_ReadsTheSameAsALargeOne()
    {
        var text = Dhis2Docs.Read("adx-tb-hiv-vcct.xml").Length > 0 ? Dhis2Docs.Read("bulk-201401-201402.json") : "";

        Assert.Equal(Dhis2Docs.Json(text).Select(i => (i.Value, i.Location)), Dhis2Docs.Json(text, bufferSize: 16).Select(i => (i.Value, i.Location)));
    }
}
