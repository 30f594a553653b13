using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Tests;
using VnChildProtection.Domain.Tests.Docs;
using VnChildProtection.Interop.Dhis2.Mapping;

namespace VnChildProtection.Interop.Dhis2.Tests.Docs;

/// <summary>The examples of docs/dhis2.md, run as written.</summary>
public class Dhis2DocsExamples
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", ".."));

    [Fact]
    public void ReadingTheExample_GivesTheStatedObservations()
    {
        var current = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(Root);
        try
        {
            var mapping = Dhis2Mapping.Parse(File.ReadAllText("docs/examples/observations/province-12-monthly-2025.mapping.json")).AsT0;
            using var json = File.OpenRead("docs/examples/observations/province-12-monthly-2025.dhis2.json");
            var result = Dhis2Import.Read(json, Dhis2Format.Json, mapping);
            var january = result.Observations.Where(o => o.Period == Period.Month(2025, 1)).Count();

            Assert.Equal(4104, result.Observations.Count);
            Assert.Equal(342, january);
            Assert.Empty(result.Diagnostics);
        }
        finally
        {
            Directory.SetCurrentDirectory(current);
        }
    }

    [Fact]
    public void MappingFileOfThePage_IsValid()
    {
        var page = File.ReadAllText(Path.Combine(Root, "docs", "dhis2.md"));
        var block = Regex.Match(page, "```json\\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

        Assert.True(Dhis2Mapping.Parse(block).IsT0);
    }

    [Fact]
    public void Page_ShowsTheExampleVerbatim() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/dhis2.md", "tests/VnChildProtection.Interop.Dhis2.Tests/Docs/Dhis2DocsExamples.cs", expectedBlocks: 1);
}
