namespace VnChildProtection.Domain.Indicators.Csv;

/// <summary>The stable codes of <see cref="ObservationCsvError"/>.</summary>
/// <remarks>Codes never change meaning; new ones may be added. This type is immutable and thread-safe.</remarks>
public static class ObservationCsvErrorCodes
{
    /// <summary>The text is empty: there is no header line.</summary>
    public const string HeaderMissing = "CSV-HEADER-MISSING";

    /// <summary>The header lacks a required column or names one twice; no row can be read.</summary>
    public const string HeaderInvalid = "CSV-HEADER-INVALID";

    /// <summary>The header names a column this format does not know; the rows are still read without it.</summary>
    public const string HeaderUnknownColumn = "CSV-HEADER-UNKNOWN-COLUMN";

    /// <summary>A quoted cell is not closed before the end of the text.</summary>
    public const string QuoteUnterminated = "CSV-QUOTE-UNTERMINATED";

    /// <summary>A quote inside an unquoted cell, or text after a closing quote (RFC 4180 §2.5–2.7).</summary>
    public const string QuoteInvalid = "CSV-QUOTE-INVALID";

    /// <summary>A record has more or fewer fields than the header.</summary>
    public const string FieldCount = "CSV-FIELD-COUNT";

    /// <summary>
    /// The unit code is not an official administrative unit code (<see cref="Units.AdministrativeUnitCode.Parse"/>: 2, 3 or 5
    /// ASCII digits, not all zeros); the message names the reason and its code (<c>UNIT-CODE-LENGTH</c>, …).
    /// </summary>
    public const string UnitCodeInvalid = "CSV-UNIT-CODE-INVALID";

    /// <summary>
    /// The parent code is not an official unit code, is not of a higher level than the unit (a province above a district
    /// above a commune), or differs from the parent given on an earlier row.
    /// </summary>
    public const string ParentCodeInvalid = "CSV-PARENT-CODE-INVALID";

    /// <summary>
    /// The parent code differs from the unit's parent in the administrative unit registry on the date the hierarchy is
    /// built for; the registry's parent is used (<see cref="ObservationCsvResult.BuildHierarchy(Units.AdministrativeUnitRegistry, NodaTime.LocalDate)"/>).
    /// </summary>
    public const string ParentCodeConflict = "CSV-PARENT-CODE-CONFLICT";

    /// <summary>The year is not a whole number within the supported range.</summary>
    public const string YearInvalid = "CSV-YEAR-INVALID";

    /// <summary>The indicator is not an identifier such as <c>CT3</c>.</summary>
    public const string IndicatorInvalid = "CSV-INDICATOR-INVALID";

    /// <summary>The measure is not a letter (<c>b</c>) or a measure of that indicator (<c>CT3.b</c>).</summary>
    public const string MeasureInvalid = "CSV-MEASURE-INVALID";

    /// <summary>The measure is well formed but not in the indicator registry.</summary>
    public const string MeasureUnknown = "CSV-MEASURE-UNKNOWN";

    /// <summary>A numerator, denominator or value is not a non-negative decimal number with a <c>.</c> separator.</summary>
    public const string NumberInvalid = "CSV-NUMBER-INVALID";

    /// <summary>The row has neither counts nor a value, only one of numerator and denominator, or both counts and a value.</summary>
    public const string AmountsInvalid = "CSV-AMOUNTS-INVALID";

    /// <summary>A second row for the same unit, year and measure.</summary>
    public const string Duplicate = "CSV-DUPLICATE";

    /// <summary>A period cell that is not a DHIS2 period identifier (<c>2025</c>, <c>202501</c>, <c>2025Q1</c>, …), or a
    /// period and a year that disagree.</summary>
    public const string PeriodInvalid = "CSV-PERIOD-INVALID";

    /// <summary>A category cell that is not an option of its category, or one the measure is not disaggregated by.</summary>
    public const string CategoryOptionUnknown = "CSV-CATEGORY-OPTION-UNKNOWN";

    /// <summary>A reported total that differs from the sum of the disaggregated rows it covers (the row is still read).</summary>
    public const string TotalMismatch = "CSV-TOTAL-MISMATCH";
}
