using System.IO;
using NodaTime;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Csv;
using VnChildProtection.Domain.Plans.Json;
using VnChildProtection.Domain.Progress;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Documents.Tests.Reports;

/// <summary>The progress report of a seed plan of docs/examples/plans over its example dataset (eng/generate-progress-examples.cs).</summary>
internal static class SeedProgress
{
    public static readonly string Root = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", ".."));

    public static ProgressReport Report(string plan, LocalDate asOf)
    {
        var document = PlanJson.Deserialize(File.ReadAllText(Path.Combine(Root, "docs", "examples", "plans", plan + ".json"))).AsT0;
        var map = PlanMeasureMap.For(document);
        var csv = ObservationCsv.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "observations", "progress-" + plan + ".csv")), map.Registry);
        Assert.True(csv.IsValid);
        var data = ProgressData.Compile(new IndicatorEngine(csv.BuildHierarchy(), map.Registry), csv.Observations);
        return PlanProgress.Assess(document, map, data, asOf);
    }

    public static ProgressReport AnGiang() => Report("an-giang-2024-177-KH-UBND", new LocalDate(2024, 11, 15));

    public static ProgressReport QuangNinh() => Report("quang-ninh-2021-2030-52-KH-UBND", new LocalDate(2024, 6, 30));
}
