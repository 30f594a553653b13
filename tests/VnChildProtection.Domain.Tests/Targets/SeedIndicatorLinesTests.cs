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
    [InlineData(2, new string[0], 34)]                      // CT5.b is not in this plan
    [InlineData(3, new[] { "CT4#2 TARGET-NOT-FOUND" }, 33)] // the seed breaks the obesity clause across two lines
    public void EveryClause_ParsesToATargetOrAKnownTypedError(int seed, string[] knownFailures, int measures)
    {
        var (parsed, failures) = ParseSeed(seed);
        Assert.Equal(knownFailures, failures);
        Assert.Equal(24, parsed.Select(p => p.Key.Indicator).Distinct().Count());
        Assert.Equal(measures, parsed.Count);
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
            for (int i = 0, m = 0; i < clauses.Count; i++)
            {
                var measure = m < measures.Count ? measures[m] : null;
                // A clause that sets values per group (obesity rural / urban) feeds one measure per group.
                Target.ParseGroups(clauses[i], measure?.Unit, measure?.Direction).Switch(
                    groups =>
                    {
                        foreach (var group in groups)
                        {
                            if (m < measures.Count)
                            {
                                targets[measures[m].Id] = group.Target;
                            }
                            m++;
                        }
                    },
                    error =>
                    {
                        failures.Add(id + "#" + i + " " + error.Code);
                        m++;
                    });
            }
        }
        return (targets, failures);
    }
}
