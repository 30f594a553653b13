using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Workflow;
using static VnChildProtection.Domain.Tests.Workflow.WorkflowFixtures;

namespace VnChildProtection.Domain.Tests.Workflow;

public class CaseloadTests
{
    // A small pool of cases at different stages and communes, reported over a few weeks around the 2025 break.
    private static readonly Case[] Pool = [.. Enumerable.Range(0, 24).Select(Build)];

    private static Case Build(int i)
    {
        var at = TuesdayMorning + Duration.FromHours(7 * i);
        var id = CaseId.Of("C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var commune = i % 3 == 0 ? OtherCommune : Commune;
        var officer = i % 3 == 0 ? OtherOfficer : Officer;
        var chair = i % 3 == 0 ? OtherChair : Chair;
        var c = Engine.Open(new ReceiveReportCommand(id, Hotline, at, ReportSource.Hotline111, commune)).AsT0
            .Fire(new AssessInitialRiskCommand(id, officer, at, i % 4 == 0 ? RiskLevel.Serious : RiskLevel.High));
        if (i % 4 == 0)
        {
            return c;
        }
        c = c.Fire(new RecordDetailedAssessmentCommand(id, officer, at, NeedsPlan: true)).Fire(new HoldNeedsMeetingCommand(id, chair, at));
        return i % 2 == 0 ? c.Fire(new SubmitPlanCommand(id, officer, at)) : c;
    }

    [Fact]
    public void OverdueByObligation_KnownPoolOnTwelfthOfMay()
    {
        var at = Local(2025, 5, 12, 12, 0);
        var caseload = new Caseload(Pool);

        Assert.Equal(24, caseload.CaseCount);
        Assert.Equal(24, caseload.PendingCount);
        var byObligation = caseload.OverdueByObligation(at);
        Assert.Equal(6, byObligation[Obligation.EmergencyProtection]);
        Assert.Equal(Pool.Count(c => c.OverdueAt(at).Length > 0), caseload.OverdueCount(at));
    }

    [Property(MaxTest = 10_000)]
    public Property OverdueCounts_EqualNaiveCount()
    {
        var gen = from subset in Gen.SubListOf(Pool)
                  from hours in Gen.Choose(-24, 24 * 40)
                  select (subset, TuesdayMorning + Duration.FromHours(hours));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (cases, at) = t;
            var caseload = new Caseload(cases);
            var overdue = cases.SelectMany(c => c.Pending.Where(p => p.IsOverdueAt(at)).Select(p => (c.Commune, p.Obligation))).ToList();
            var byCommune = overdue.GroupBy(x => x.Commune).ToDictionary(g => g.Key, g => g.Count());
            var byObligation = overdue.GroupBy(x => x.Obligation).ToDictionary(g => g.Key, g => g.Count());
            return caseload.OverdueCount(at) == overdue.Count
                && Same(caseload.OverdueByCommune(at), byCommune)
                && Same(caseload.OverdueByObligation(at), byObligation);
        });
    }

    private static bool Same<TKey>(IReadOnlyDictionary<TKey, int> a, Dictionary<TKey, int> b)
        where TKey : notnull =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);
}
