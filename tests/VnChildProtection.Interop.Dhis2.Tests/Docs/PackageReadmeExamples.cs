using System.IO;
using System.Linq;
using System.Text;
using VnChildProtection.Domain.Tests.Docs;

namespace VnChildProtection.Interop.Dhis2.Tests.Docs;

/// <summary>The first example of the package's README (docs/packages/VnChildProtection.Interop.Dhis2.md).</summary>
public class PackageReadmeExamples
{
    [Fact]
    public void FirstExample_RunsAndGivesTheStatedResults()
    {
        var json = """{"dataValues": [{"dataElement": "f7n9E0hX8qk", "period": "201401", "orgUnit": "DiszpKrYNg8", "value": "12"}]}""";
        var items = DataValueSetJsonReader.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(json))).ToList();
        var value = items[0].Value;

        Assert.Equal(("f7n9E0hX8qk", "201401", "DiszpKrYNg8", "12"), (value!.DataElement, value.Period, value.OrgUnit, value.Value));
        Assert.Equal(("$.dataValues[0]", 1, 17), (items[0].Location.Path, items[0].Location.Line!.Value, items[0].Location.Column!.Value));
    }

    [Fact]
    public void Readme_ShowsTheExampleVerbatim() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/packages/VnChildProtection.Interop.Dhis2.md", "tests/VnChildProtection.Interop.Dhis2.Tests/Docs/PackageReadmeExamples.cs", expectedBlocks: 1);
}
