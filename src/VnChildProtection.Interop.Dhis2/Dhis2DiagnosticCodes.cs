namespace VnChildProtection.Interop.Dhis2;

/// <summary>
/// The codes of <see cref="Dhis2Diagnostic"/>: what is wrong with one item of a DHIS2 message, in the format
/// (<c>DHIS2-JSON-…</c>, <c>DHIS2-ADX-…</c>) or against the mapping (<c>DHIS2-UNKNOWN-…</c>, <c>DHIS2-PERIOD-…</c>, <c>DHIS2-VALUE-…</c>).
/// </summary>
public static class Dhis2DiagnosticCodes
{
    /// <summary>The JSON is not well-formed or ends early (a truncated file); reading stops there.</summary>
    public const string JsonSyntax = "DHIS2-JSON-SYNTAX";

    /// <summary>A JSON value of the wrong type (an object where DHIS2 has a text, a number for <c>followup</c>).</summary>
    public const string JsonType = "DHIS2-JSON-TYPE";

    /// <summary>A property DHIS2's <c>dataValueSets</c> does not define; it is skipped.</summary>
    public const string JsonUnknownProperty = "DHIS2-JSON-UNKNOWN-PROPERTY";

    /// <summary>A property given twice in one object.</summary>
    public const string JsonDuplicateProperty = "DHIS2-JSON-DUPLICATE-PROPERTY";

    /// <summary>A data value without a required field (<c>dataElement</c>, or <c>period</c> and <c>orgUnit</c> neither on the value nor on the set).</summary>
    public const string MissingField = "DHIS2-MISSING-FIELD";

    /// <summary>The XML is not well-formed or ends early; reading stops there.</summary>
    public const string AdxSyntax = "DHIS2-ADX-SYNTAX";

    /// <summary>An element ADX does not have at that place (or not in the ADX namespace); it is skipped.</summary>
    public const string AdxElement = "DHIS2-ADX-ELEMENT";

    /// <summary>An attribute given twice as a category, or a category that is also a field.</summary>
    public const string AdxAttribute = "DHIS2-ADX-ATTRIBUTE";

    /// <summary>The data set is not the one the mapping describes.</summary>
    public const string UnknownDataSet = "DHIS2-UNKNOWN-DATA-SET";

    /// <summary>A data element the mapping does not map to a measure.</summary>
    public const string UnknownDataElement = "DHIS2-UNKNOWN-DATA-ELEMENT";

    /// <summary>An organisation unit the mapping does not map to an administrative unit.</summary>
    public const string UnknownOrgUnit = "DHIS2-UNKNOWN-ORG-UNIT";

    /// <summary>A category option combo the mapping does not know.</summary>
    public const string UnknownCategoryOptionCombo = "DHIS2-UNKNOWN-CATEGORY-OPTION-COMBO";

    /// <summary>A category or category option (ADX attribute) the mapping does not know, or one the data element's measure is not disaggregated by.</summary>
    public const string UnknownCategoryOption = "DHIS2-UNKNOWN-CATEGORY-OPTION";

    /// <summary>An attribute option combo other than the default, which the library's observations cannot hold.</summary>
    public const string AttributeOptionCombo = "DHIS2-ATTRIBUTE-OPTION-COMBO";

    /// <summary>The message declares an id scheme other than the mapping's.</summary>
    public const string IdScheme = "DHIS2-ID-SCHEME";

    /// <summary>A period that is not a DHIS2 period identifier (JSON) or an ISO 8601 interval of a DHIS2 period (ADX).</summary>
    public const string PeriodInvalid = "DHIS2-PERIOD-INVALID";

    /// <summary>A period of another type than the data set's (a quarter in a monthly data set).</summary>
    public const string PeriodType = "DHIS2-PERIOD-TYPE";

    /// <summary>A value that is not a number, or not a whole number where the measure counts.</summary>
    public const string ValueInvalid = "DHIS2-VALUE-INVALID";

    /// <summary>A negative value: counts cannot be negative.</summary>
    public const string ValueNegative = "DHIS2-VALUE-NEGATIVE";

    /// <summary>A second value for the same data element, period, unit and disaggregation; the first is kept.</summary>
    public const string ValueDuplicate = "DHIS2-VALUE-DUPLICATE";

    /// <summary>A reported total that is not the sum of its disaggregated parts.</summary>
    public const string TotalMismatch = "DHIS2-TOTAL-MISMATCH";
}
