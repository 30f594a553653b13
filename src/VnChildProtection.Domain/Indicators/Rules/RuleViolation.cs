using System;
using System.Globalization;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>
/// A user rule that does not hold for one unit and year: the rule, the unit code, the year and the value of each side.
/// </summary>
/// <remarks>
/// <para>A side value is null when the side is absent (no value it reads exists), which only the pair operators report;
/// comparison violations have both values, missing values counted as 0 under the side's strategy.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record RuleViolation
{
    /// <summary>Creates a violation.</summary>
    /// <param name="rule">The rule violated.</param>
    /// <param name="unitCode">The unit, or null for the national total.</param>
    /// <param name="year">The year.</param>
    /// <param name="leftValue">The left side's value, or null when absent.</param>
    /// <param name="rightValue">The right side's value, or null when absent.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public RuleViolation(IndicatorValidationRule rule, AdministrativeUnitCode? unitCode, int year, decimal? leftValue, decimal? rightValue)
    {
        Rule = Preconditions.CheckNotNull(rule);
        UnitCode = unitCode;
        Year = year;
        LeftValue = leftValue;
        RightValue = rightValue;
    }

    /// <summary>The rule violated.</summary>
    public IndicatorValidationRule Rule { get; }

    /// <summary>The rule's identifier.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The rule's importance.</summary>
    public RuleImportance Importance => Rule.Importance;

    /// <summary>The unit code, or null for the national total.</summary>
    public AdministrativeUnitCode? UnitCode { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The left side's value, or null when the side is absent.</summary>
    public decimal? LeftValue { get; }

    /// <summary>The right side's value, or null when the side is absent.</summary>
    public decimal? RightValue { get; }

    /// <summary>Returns e.g. <c>neonatal-le-infant 22001 2024: 12 &lt;= 9 (CT3.a &lt;= CT3.b)</c>.</summary>
    /// <returns>A debugging representation (aggregate figures only).</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Rule.Id} {UnitCode?.Value ?? "national"} {Year}: {Show(LeftValue)} {Rule.Operator.Symbol} {Show(RightValue)} ({Rule.Left} {Rule.Operator.Symbol} {Rule.Right})");

    private static string Show(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "missing";
}
