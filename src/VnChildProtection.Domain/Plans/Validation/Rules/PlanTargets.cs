using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>The typed target clauses of a plan with their JSON paths, and the plan's reference date.</summary>
internal static class PlanTargets
{
    public static IEnumerable<(string Path, PlanIndicator Indicator, PlanTarget Clause, Target Target)> All(PlanDocument plan)
    {
        for (var i = 0; i < plan.Indicators.Count; i++)
        {
            var indicator = plan.Indicators[i];
            for (var j = 0; j < indicator.Targets.Count; j++)
            {
                if (indicator.Targets[j] is { Target: { } target } clause)
                {
                    yield return (Path(i, j), indicator, clause, target);
                }
            }
        }
    }

    public static string Path(int indicator, int clause) => string.Create(CultureInfo.InvariantCulture, $"$.indicators[{indicator}].targets[{clause}]");

    /// <summary>The year a milestone without a year refers to: the plan's year.</summary>
    public static int? PlanYear(PlanDocument plan) => plan.Header.IssueDate?.Year ?? plan.Header.IssueYear;

    /// <summary>The date the plan speaks from: its issue date, or 1 January of its year; none for a year no calendar date has.</summary>
    public static LocalDate? PlanDate(PlanDocument plan) =>
        plan.Header.IssueDate
        ?? (plan.Header.IssueYear is { } year && year >= CalendarSystem.Iso.MinYear && year <= CalendarSystem.Iso.MaxYear ? new LocalDate(year, 1, 1) : null);

    public static string Label(PlanIndicator indicator) =>
        (indicator.Objective is { } objective ? $"objective {objective}, " : "") + "indicator " + indicator.Number.ToString(CultureInfo.InvariantCulture);

    public static string LabelVi(PlanIndicator indicator) =>
        (indicator.Objective is { } objective ? $"mục tiêu {objective}, " : "") + "chỉ tiêu " + indicator.Number.ToString(CultureInfo.InvariantCulture);
}
