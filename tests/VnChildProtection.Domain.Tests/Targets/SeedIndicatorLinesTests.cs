using System;
using System.Collections.Generic;
using System.Linq;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Tests.Targets;

/// <summary>Every <c>- Chỉ tiêu N:</c> line of the seed plans that use them (002 An Giang 2024, 003 Quảng Ninh 2021–2030).</summary>
public sealed class SeedIndicatorLinesTests
{
    [Theory]
    [InlineData(2, "CT4#2 TARGET-SEVERAL-GROUPS")]   // obesity: rural and urban values in one clause
    [InlineData(3, "CT4#2 TARGET-NOT-FOUND")]         // the seed breaks this clause across two lines
    public void EveryClause_ParsesToATargetOrAKnownTypedError(int seed, string knownFailure)
    {
        var (parsed, failures) = ParseSeed(seed);
        Assert.Equal([knownFailure], failures);
        Assert.Equal(24, parsed.Select(p => p.Key.Indicator).Distinct().Count());
    }

    [Fact]
    public void Seed002_Consistency_FindsOnlyTheMortalityContradiction()
    {
        var issues = ConsistencyChecker.Default.CheckTargets(ParseSeed(2).Targets, planYear: 2024);
        Assert.Equal(["Error IND-MORTALITY-ORDER CT3.a 2024"], issues.Select(i => i.ToString().Split(':')[0]));
    }

    [Fact]
    public void Seed003_Consistency_HasNoIssues_ItsTargetsMeetOrBeatTheNationalOnes() =>
        Assert.Empty(ConsistencyChecker.Default.CheckTargets(ParseSeed(3).Targets));

    private static (Dictionary<MeasureId, Target> Targets, List<string> Failures) ParseSeed(int seed)
    {
        var targets = new Dictionary<MeasureId, Target>();
        var failures = new List<string>();
        foreach (var line in SeedCorpus.ReadSeed(seed).Split('\n').Where(l => l.StartsWith("- Chỉ tiêu ", StringComparison.Ordinal)))
        {
            var id = IndicatorId.Parse(line[2..line.IndexOf(':', StringComparison.Ordinal)]).AsT0;
            var measures = IndicatorRegistry.Default.Get(id).Measures;
            var clauses = Target.SplitClauses(line);
            // Clauses beyond the catalogue's measures are provincial extras (seed 002 CT9's "100% trường hợp ..."): parsed, not mapped.
            for (var i = 0; i < clauses.Count; i++)
            {
                var measure = i < measures.Count ? measures[i] : null;
                Target.Parse(clauses[i], measure?.Unit, measure?.Direction).Switch(
                    target =>
                    {
                        if (measure is not null)
                        {
                            targets[measure.Id] = target;
                        }
                    },
                    error => failures.Add(id + "#" + i + " " + error.Code));
            }
        }
        return (targets, failures);
    }
}
