namespace VnChildProtection.Interop.Dhis2;

/// <summary>
/// The set-level fields of a DHIS2 <c>dataValueSet</c>: the data set, when it was completed, and the period, organisation
/// unit and attribute option combo shared by every value that does not give its own, with the id schemes the message
/// declares.
/// </summary>
/// <remarks>
/// <para>All fields are optional: the bulk form of <c>dataValueSets</c> gives period and organisation unit on each value
/// and none here. An id scheme is <c>uid</c>, <c>code</c>, <c>name</c> or <c>attribute:ID</c>, in any letter case.</para>
/// <para>This type is immutable and thread-safe, with value equality.</para>
/// </remarks>
public sealed record Dhis2DataValueSetHeader
{
    /// <summary>A header with no set-level field (the bulk form).</summary>
    public static Dhis2DataValueSetHeader Bulk { get; } = new();

    /// <summary>The data set (<c>dataSet</c>), whose period type and elements the values belong to.</summary>
    public string? DataSet { get; init; }

    /// <summary>The date the data set was completed (<c>completeDate</c>, <c>yyyy-MM-dd</c>), as written.</summary>
    public string? CompleteDate { get; init; }

    /// <summary>The period of every value that gives none (<c>period</c>).</summary>
    public string? Period { get; init; }

    /// <summary>The organisation unit of every value that gives none (<c>orgUnit</c>).</summary>
    public string? OrgUnit { get; init; }

    /// <summary>The attribute option combo of every value that gives none (<c>attributeOptionCombo</c>).</summary>
    public string? AttributeOptionCombo { get; init; }

    /// <summary>The id scheme of every identifier whose own scheme is not given (<c>idScheme</c>).</summary>
    public string? IdScheme { get; init; }

    /// <summary>The id scheme of data elements (<c>dataElementIdScheme</c>).</summary>
    public string? DataElementIdScheme { get; init; }

    /// <summary>The id scheme of organisation units (<c>orgUnitIdScheme</c>).</summary>
    public string? OrgUnitIdScheme { get; init; }

    /// <summary>The id scheme of category option combos (<c>categoryOptionComboIdScheme</c>).</summary>
    public string? CategoryOptionComboIdScheme { get; init; }

    /// <summary>The id scheme of data sets (<c>dataSetIdScheme</c>).</summary>
    public string? DataSetIdScheme { get; init; }
}
