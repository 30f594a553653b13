using System.Linq;

namespace VnChildProtection.Interop.Dhis2.Tests.Formats;

/// <summary>Bad ADX: every problem a positioned diagnostic, good values still read.</summary>
public class AdxReaderTests
{
    private const string Message = """
        <adx xmlns="urn:ihe:qrph:adx:2015" exported="2025-02-01T00:00:00Z">
          <group orgUnit="VN_01" period="2025-01-01/P1M" dataSet="CP">
            <dataValue dataElement="A" SEX="F" value="1"/>
            <dataValue dataElement="A" SEX="M" value="2"/>
          </group>
          <group orgUnit="VN_02" period="2025-01-01/P1M" dataSet="CP">
            <dataValue dataElement="A" SEX="F" value="3"><annotation>kiểm tra</annotation></dataValue>
          </group>
        </adx>
        """;

    [Fact]
    public void Truncated_GoodValuesThenASyntaxDiagnostic()
    {
        var cut = Message[..Message.IndexOf("<group orgUnit=\"VN_02\"", System.StringComparison.Ordinal)];

        var items = Dhis2Docs.Adx(cut);

        Assert.Equal(["1", "2"], items.Values().Select(v => v.Value));
        Assert.Equal([Dhis2DiagnosticCodes.AdxSyntax], items.Diagnostics().Select(d => d.Code));
    }

    [Fact]
    public void Annotation_IsTheComment()
    {
        var values = Dhis2Docs.Adx(Message).Values();

        Assert.Equal("kiểm tra", values[2].Comment);
        Assert.Equal("VN_02", values[2].OrgUnit);
    }

    [Fact]
    public void MissingAttributesAndStrayElements_ArePositioned()
    {
        var text = Message.Replace("<dataValue dataElement=\"A\" SEX=\"M\" value=\"2\"/>", "<dataValue dataElement=\"A\" SEX=\"M\"/><note/>", System.StringComparison.Ordinal)
            .Replace("orgUnit=\"VN_02\" ", "", System.StringComparison.Ordinal);

        var items = Dhis2Docs.Adx(text);

        Assert.Equal(["1"], items.Values().Select(v => v.Value));
        Assert.Equal(
            [(Dhis2DiagnosticCodes.MissingField, "/adx/group[1]/dataValue[2]", 4), (Dhis2DiagnosticCodes.AdxElement, "/adx/group[1]/note", 4), (Dhis2DiagnosticCodes.MissingField, "/adx/group[2]", 6)],
            items.Diagnostics().Select(d => (d.Code, d.Location.Path, d.Location.Line!.Value)));
    }

    [Fact]
    public void WrongNamespace_IsOneDiagnostic()
    {
        var items = Dhis2Docs.Adx("<adx><group/></adx>");

        Assert.Equal([Dhis2DiagnosticCodes.AdxElement], items.Diagnostics().Select(d => d.Code));
    }
}
