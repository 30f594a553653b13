using System.IO;
using System.Linq;
using System.Text;

namespace VnChildProtection.Interop.Dhis2.Tests.Formats;

/// <summary>The readers against the examples of DHIS2's own documentation, copied verbatim (Dhis2Docs/SOURCES.md).</summary>
public class Dhis2DocsExamplesTests
{
    [Fact]
    public void SetLevelExample_ValuesTakePeriodAndOrgUnitFromTheSet()
    {
        using var reader = new DataValueSetJsonReader(new MemoryStream(Encoding.UTF8.GetBytes(Dhis2Docs.Read("set-level-ngelehun-201401.json"))));
        var items = Enumerable.Range(0, 10).Select(_ => reader.Read(out var item) ? item : (Dhis2ReadItem?)null).Where(i => i is not null).Select(i => i!.Value).ToList();

        Assert.Empty(items.Diagnostics());
        Assert.Equal("pBOMPrpg1QX", reader.Header.DataSet);
        Assert.Equal("2014-02-03", reader.Header.CompleteDate);
        Assert.Equal(
            ["f7n9E0hX8qk 201401 DiszpKrYNg8  1", "Ix2HsbDMLea 201401 DiszpKrYNg8  2", "eY5ehpbEsB7 201401 DiszpKrYNg8  3"],
            items.Values().Select(v => v.ToString()));
    }

    [Fact]
    public void SetLevelTemplate_CarriesCombosAndComments()
    {
        var values = Dhis2Docs.Json(Dhis2Docs.Read("set-level-template.json")).Values();

        Assert.Equal(3, values.Count);
        Assert.All(values, v => Assert.Equal(("period", "orgUnitID", "cocID", "aocID"), (v.Period, v.OrgUnit, v.CategoryOptionCombo, v.AttributeOptionCombo)));
        Assert.Equal(["comment1", "comment2", "comment3"], values.Select(v => v.Comment));
    }

    [Fact]
    public void BulkExample_EachValueHasItsOwnPeriodAndOrgUnit()
    {
        var items = Dhis2Docs.Json(Dhis2Docs.Read("bulk-201401-201402.json"));

        Assert.Empty(items.Diagnostics());
        Assert.Equal(
            [("201401", "DiszpKrYNg8", "12"), ("201401", "FNnj3jKGS7i", "14"), ("201402", "DiszpKrYNg8", "16"), ("201402", "Jkhdsf8sdf4", "18")],
            items.Values().Select(v => (v.Period, v.OrgUnit, v.Value)));
        // Each value is located at its opening brace: the file's first value opens on line 3, column 5.
        Assert.Equal(("$.dataValues[0]", 3, 5), (items[0].Location.Path, items[0].Location.Line!.Value, items[0].Location.Column!.Value));
        Assert.Equal(("$.dataValues[3]", 21, 5), (items[3].Location.Path, items[3].Location.Line!.Value, items[3].Location.Column!.Value));
    }

    [Fact]
    public void ReadResponse_HasSetFieldsAndPerValueCombos()
    {
        var values = Dhis2Docs.Json(Dhis2Docs.Read("read-response-201401.json")).Values();

        Assert.Equal(["10003", "10002", "10001"], values.Select(v => v.Value));
        Assert.All(values, v => Assert.Equal("bRowv6yZOF2", v.CategoryOptionCombo));
    }

    [Fact]
    public void AdxExample_GivesTwentyValuesWithExplodedCategories()
    {
        using var reader = new AdxReader(new MemoryStream(Encoding.UTF8.GetBytes(Dhis2Docs.Read("adx-tb-hiv-vcct.xml"))));
        Assert.True(reader.Read(out var first));
        Assert.Equal("(TB/HIV)VCCT", reader.Group.DataSet);
        Assert.Equal("2015-07-01", reader.Group.CompleteDate);
        var items = new[] { first }.Concat(Enumerable.Range(0, 30).Select(_ => reader.Read(out var i) ? i : (Dhis2ReadItem?)null).Where(i => i is not null).Select(i => i!.Value)).ToList();

        Assert.Empty(items.Diagnostics());
        var values = items.Values();
        Assert.Equal(20, values.Count);
        Assert.All(values, v => Assert.Equal(("OU_559", "2015-06-01/P1M"), (v.OrgUnit, v.Period)));
        Assert.Equal("VCCT_0", values[0].DataElement);
        Assert.Equal(["GENDER=FMLE", "HIV_AGE=AGE0-14"], values[0].CategoryOptions.Select(o => o.ToString()));
        Assert.Equal(["GENDER=MLE", "HIV_AGE=AGE15-24"], values[19].CategoryOptions.Select(o => o.ToString()));
        Assert.Equal(("/adx/group[1]/dataValue[1]", 6), (items[0].Location.Path, items[0].Location.Line!.Value));
        Assert.Equal(164, values.Where(v => v.CategoryOptions.Contains(new Dhis2CategoryOption("GENDER", "FMLE"))).Sum(v => int.Parse(v.Value!, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
