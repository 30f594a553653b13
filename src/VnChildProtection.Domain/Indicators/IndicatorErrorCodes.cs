namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// The stable codes of the errors and issues of the indicators area: identifier parse errors, consistency issues
/// (<see cref="ConsistencyIssue"/>) and rule-expression parse errors. The observations CSV has its own codes in
/// <see cref="Csv.ObservationCsvErrorCodes"/>.
/// </summary>
/// <remarks>Codes never change meaning; new ones may be added. This type is immutable and thread-safe.</remarks>
public static class IndicatorErrorCodes
{
    /// <summary>An indicator identifier is not <c>CT3</c>, <c>Chỉ tiêu 3</c> or a bare number (<see cref="IndicatorId.Parse"/>).</summary>
    public const string IndicatorIdInvalid = "INDICATOR-ID-INVALID";

    /// <summary>An indicator number is outside 1 to <see cref="IndicatorId.MaxValue"/>.</summary>
    public const string IndicatorIdOutOfRange = "INDICATOR-ID-OUT-OF-RANGE";

    /// <summary>A measure identifier is not an indicator followed by <c>.</c> and a letter <c>a</c>–<c>z</c> (<see cref="MeasureId.Parse"/>).</summary>
    public const string MeasureIdInvalid = "MEASURE-ID-INVALID";

    /// <summary>A percentage target or value above 100 (error).</summary>
    public const string PercentRange = "IND-PERCENT-RANGE";

    /// <summary>A target stated in another unit than its measure (error).</summary>
    public const string UnitMismatch = "IND-UNIT-MISMATCH";

    /// <summary>A target asking for the opposite of its measure's direction of improvement (error).</summary>
    public const string TargetDirection = "IND-TARGET-DIRECTION";

    /// <summary>A later milestone less ambitious than an earlier one (error).</summary>
    public const string MilestoneDirection = "IND-MILESTONE-DIRECTION";

    /// <summary>Neonatal ≤ infant ≤ under-5 mortality violated by targets of one year or values of one unit and year (error).</summary>
    public const string MortalityOrder = "IND-MORTALITY-ORDER";

    /// <summary>A target weaker than the national milestone for the same year (warning).</summary>
    public const string WeakerThanNational = "IND-WEAKER-THAN-NATIONAL";

    /// <summary>A user rule's expression is not a linear combination of measure quantities and a constant (<see cref="Rules.IndicatorExpression.Parse"/>).</summary>
    public const string RuleExpressionInvalid = "RULE-EXPRESSION-INVALID";

    /// <summary>A category option that is not one of its category's options (<see cref="Category.ParseOption"/>), or
    /// not one the measure's <see cref="CategoryCombination"/> declares.</summary>
    public const string CategoryOptionUnknown = "IND-CATEGORY-OPTION-UNKNOWN";

    /// <summary>A disaggregation key that is not valid text (<c>sex=female;age=&lt;5</c>), or names a category twice.</summary>
    public const string DisaggregationFormat = "IND-DISAGGREGATION-FORMAT";

    /// <summary>A reported total that differs from the sum of its disaggregated parts (error).</summary>
    public const string TotalMismatch = "IND-TOTAL-MISMATCH";
}
