namespace VnChildProtection.Domain.Targets;

/// <summary>
/// The stable <see cref="Text.ParseError.Code"/> values returned when the target clause of a plan indicator cannot be read (<see cref="Target.Parse"/>, <see cref="Target.ParseGroups"/>).
/// </summary>
/// <remarks>This type holds constants only and is thread-safe.</remarks>
public static class TargetErrorCodes
{
    /// <summary>The target text is empty or white space.</summary>
    public const string Empty = "TARGET-EMPTY";

    /// <summary>A yearly increase (<c>tăng ... hằng năm</c>) is stated; only yearly reductions are supported.</summary>
    public const string AnnualIncreaseUnsupported = "TARGET-ANNUAL-INCREASE-UNSUPPORTED";

    /// <summary>A reduction against a baseline year states no amount, so it cannot be evaluated.</summary>
    public const string ReductionUnquantified = "TARGET-REDUCTION-UNQUANTIFIED";

    /// <summary>A count, percentage or target value is not a number or is out of range.</summary>
    public const string NumberInvalid = "TARGET-NUMBER-INVALID";

    /// <summary>A count-fraction target has a count above its total, a zero total, or a target year not after the baseline year.</summary>
    public const string FractionInvalid = "TARGET-FRACTION-INVALID";

    /// <summary>A yearly reduction range does not satisfy 0 &lt; min ≤ max &lt; 100 over a forward period.</summary>
    public const string RangeInvalid = "TARGET-RANGE-INVALID";

    /// <summary>A baseline or milestone year is out of range (1900–2100) or the baseline is not before the target year.</summary>
    public const string YearInvalid = "TARGET-YEAR-INVALID";

    /// <summary>No target value (a percentage, a rate, or a value with a bound or a year) is found in the clause.</summary>
    public const string NotFound = "TARGET-NOT-FOUND";

    /// <summary>The clause sets values for several groups (<c>đối với ...</c>); it must be split into one clause per group.</summary>
    public const string SeveralGroups = "TARGET-SEVERAL-GROUPS";

    /// <summary>The milestones of one target are in different units.</summary>
    public const string UnitMixed = "TARGET-UNIT-MIXED";

    /// <summary><c>duy trì</c> (maintain) has no value and no earlier milestone to maintain.</summary>
    public const string MaintainWithoutValue = "TARGET-MAINTAIN-WITHOUT-VALUE";

    /// <summary>Milestone years do not increase strictly, or one of several milestones has no year.</summary>
    public const string MilestoneOrder = "TARGET-MILESTONE-ORDER";
}
