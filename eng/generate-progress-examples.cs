// Generates the example datasets of docs/progress.md: one observations CSV per seed plan of docs/examples/plans, made so
// that `vncp progress` shows every status the plan's targets can take on the plan's evaluation date.
//   docs/examples/observations/progress-<plan>.csv
// Each target is given a wished-for status in turn (met, on track, at risk, off track, no data, not yet due); values are
// drawn from a seeded random generator until the progress rules give that status (or the next one the target can
// reach). The data is invented: the province code is the plan's, its three communes (PP001–PP003) are made up.
// Usage: dotnet run eng/generate-progress-examples.cs     (from the repository root; deterministic: run twice, same bytes)
#:property ImplicitUsings=enable
#:property TreatWarningsAsErrors=false
#:property Nullable=enable
#:project ../src/VnChildProtection.Domain/VnChildProtection.Domain.csproj
using System.Globalization;
using System.Text;
using NodaTime;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Csv;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Plans.Json;
using VnChildProtection.Domain.Progress;
using VnChildProtection.Domain.Units;

var root = Directory.GetCurrentDirectory();
(string Plan, string Province, LocalDate AsOf, int[] Years)[] plans =
[
    ("quang-ngai-2020-27-KH-UBND", "51", new LocalDate(2021, 1, 20), [2019, 2020]),
    ("lang-son-2023-draft-KH-SLDTBXH", "20", new LocalDate(2023, 11, 15), [2022, 2023]),
    ("an-giang-2024-177-KH-UBND", "89", new LocalDate(2024, 11, 15), [2023, 2024]),
    ("quang-ninh-2021-2030-52-KH-UBND", "22", new LocalDate(2024, 6, 30), [2020, 2022, 2023]),
];
ProgressStatus[] wishes = [ProgressStatus.Met, ProgressStatus.OnTrack, ProgressStatus.AtRisk, ProgressStatus.OffTrack, ProgressStatus.NoData, ProgressStatus.NotYetDue];

foreach (var (name, province, asOf, years) in plans)
{
    var plan = PlanJson.Deserialize(File.ReadAllText(Path.Combine(root, "docs", "examples", "plans", name + ".json"))).AsT0;
    var map = PlanMeasureMap.For(plan);
    var provinceCode = AdministrativeUnitCode.Of(province);
    var communes = Enumerable.Range(1, 3).Select(i => AdministrativeUnitCode.Of(province + i.ToString("000", CultureInfo.InvariantCulture))).ToArray();
    var hierarchy = new UnitHierarchy(communes.Select(c => new KeyValuePair<AdministrativeUnitCode, AdministrativeUnitCode?>(c, provinceCode))
        .Append(new KeyValuePair<AdministrativeUnitCode, AdministrativeUnitCode?>(provinceCode, null)));
    var engine = new IndicatorEngine(hierarchy, map.Registry);
    var random = new Random(20241115);
    var all = new List<Observation>();
    var k = 0;
    var summary = new StringBuilder();
    foreach (var indicator in plan.Indicators)
    {
        for (var t = 0; t < indicator.Targets.Count; t++)
        {
            if (indicator.Targets[t].Target is null || !map.TryGetMeasure(indicator.Number, t, out var measure))
            {
                continue;
            }
            var definition = map.Registry.GetMeasure(measure);
            List<Observation>? chosen = null;
            ProgressStatus got = ProgressStatus.NoData;
            for (var w = 0; w < wishes.Length && chosen is null; w++)
            {
                var wish = wishes[(k + w) % wishes.Length];
                for (var attempt = 0; attempt < 3000 && chosen is null; attempt++)
                {
                    var candidate = wish == ProgressStatus.NoData ? [] : Candidate(definition, communes, wish == ProgressStatus.NotYetDue ? years[^1..] : years, random);
                    var status = Status(plan, map, engine, candidate, asOf, indicator.Number, t);
                    if (status == wish)
                    {
                        (chosen, got) = (candidate, status);
                    }
                }
            }
            all.AddRange(chosen ?? []);
            summary.Append(CultureInfo.InvariantCulture, $"{measure}={got} ");
            k++;
        }
    }
    var parents = communes.ToDictionary(c => c, _ => provinceCode);
    File.WriteAllText(Path.Combine(root, "docs", "examples", "observations", "progress-" + name + ".csv"), ObservationCsv.WriteToString(all, parents));
    Console.WriteLine($"{name} as of {asOf:uuuu-MM-dd}: {summary}");
}

static List<Observation> Candidate(IndicatorMeasure measure, AdministrativeUnitCode[] communes, int[] years, Random random)
{
    var list = new List<Observation>();
    var target = measure.NationalTarget;
    foreach (var year in years)
    {
        for (var c = 0; c < communes.Length; c++)
        {
            if (measure.Unit.IsCount)
            {
                list.Add(Observation.FromValue(communes[c], year, measure.Id, random.Next(20, 41)));
                continue;
            }
            var denominator = measure.Unit.Factor >= 1000 ? 2000 + random.Next(0, 1000) : 1000;
            var rate = measure.Unit.Factor switch
            {
                100m => Math.Min(1.0, random.Next(0, 1201) / 1000.0), // a fifth of the draws at 100%, which many targets ask for
                1000m => random.Next(0, 301) / 10000.0,
                _ => random.Next(0, 1001) / 100000.0,
            };
            list.Add(Observation.FromCounts(communes[c], year, measure.Id, (decimal)Math.Round(rate * denominator), denominator));
        }
    }
    return list;
}

static ProgressStatus Status(PlanDocument plan, PlanMeasureMap map, IndicatorEngine engine, List<Observation> observations, LocalDate asOf, int indicator, int target)
{
    var report = PlanProgress.Assess(plan, map, ProgressData.Compile(engine, observations), asOf);
    map.TryGetMeasure(indicator, target, out var measure);
    return report.Targets.First(x => x.IndicatorNumber == indicator && x.Measure == measure).Status;
}
