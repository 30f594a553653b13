using System;
using VnChildProtection.Domain.Collections;

namespace VnChildProtection.Interop.Dhis2;

/// <summary>
/// One DHIS2 aggregate data value as the exchange formats carry it: the data element, the period, the organisation unit,
/// the disaggregation (a category option combo, or category options as ADX writes them) and the value, with its comment,
/// who stored it and whether it is marked for follow-up.
/// </summary>
/// <remarks>
/// <para>Identifiers are kept as written, in the message's id scheme (uid, code or name); the <see cref="Mapping.Dhis2Mapping"/>
/// turns them into the library's units, measures and category options. <see cref="Period"/> is the period as the format
/// writes it: a DHIS2 period identifier (<c>202501</c>) in JSON, an ISO 8601 interval (<c>2025-01-01/P1M</c>) in ADX.
/// <see cref="Value"/> is the text DHIS2 sends (it sends numbers as strings).</para>
/// <para>The fields are those of DHIS2's <c>dataValueSets</c> resource (dhis2-docs, <c>src/developer/web-api/data.md</c>).</para>
/// <para>This type is immutable and thread-safe, with value equality.</para>
/// </remarks>
public sealed record Dhis2DataValue
{
    /// <summary>Creates a data value.</summary>
    /// <param name="dataElement">The data element's identifier.</param>
    /// <param name="period">The period as the format writes it.</param>
    /// <param name="orgUnit">The organisation unit's identifier.</param>
    /// <param name="value">The value's text, or null for a value that is only a comment or a deletion.</param>
    /// <exception cref="ArgumentException">An identifier is null or empty.</exception>
    public Dhis2DataValue(string dataElement, string period, string orgUnit, string? value)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataElement);
        ArgumentException.ThrowIfNullOrEmpty(period);
        ArgumentException.ThrowIfNullOrEmpty(orgUnit);
        DataElement = dataElement;
        Period = period;
        OrgUnit = orgUnit;
        Value = value;
    }

    /// <summary>The data element (<c>dataElement</c>): what is counted.</summary>
    public string DataElement { get; init; }

    /// <summary>The period (<c>period</c>): <c>202501</c> in JSON, <c>2025-01-01/P1M</c> in ADX.</summary>
    public string Period { get; init; }

    /// <summary>The organisation unit (<c>orgUnit</c>) the value is about.</summary>
    public string OrgUnit { get; init; }

    /// <summary>The value (<c>value</c>) as text; null when absent.</summary>
    public string? Value { get; init; }

    /// <summary>The category option combo (<c>categoryOptionCombo</c>), the disaggregation; null for DHIS2's default.</summary>
    public string? CategoryOptionCombo { get; init; }

    /// <summary>The attribute option combo (<c>attributeOptionCombo</c>); null for DHIS2's default.</summary>
    public string? AttributeOptionCombo { get; init; }

    /// <summary>The disaggregation as ADX writes it, one category option per category; empty in JSON.</summary>
    public ValueList<Dhis2CategoryOption> CategoryOptions { get; init; } = ValueList<Dhis2CategoryOption>.Empty;

    /// <summary>The attribute options as ADX writes them on the group; empty in JSON.</summary>
    public ValueList<Dhis2CategoryOption> AttributeOptions { get; init; } = ValueList<Dhis2CategoryOption>.Empty;

    /// <summary>The comment (<c>comment</c>), free text that may describe the data, never needed to map it.</summary>
    public string? Comment { get; init; }

    /// <summary>Who stored the value (<c>storedBy</c>), a DHIS2 user name.</summary>
    public string? StoredBy { get; init; }

    /// <summary>When DHIS2 created the value (<c>created</c>), as DHIS2 wrote it.</summary>
    public string? Created { get; init; }

    /// <summary>When DHIS2 last updated the value (<c>lastUpdated</c>), as DHIS2 wrote it.</summary>
    public string? LastUpdated { get; init; }

    /// <summary>Whether the value is marked for follow-up (<c>followup</c>); null when not said.</summary>
    public bool? FollowUp { get; init; }

    /// <summary>Whether the value is a soft deletion (<c>deleted</c>); null when not said.</summary>
    public bool? Deleted { get; init; }

    /// <summary>Returns the identifiers and the value (no comment, which may hold free text).</summary>
    /// <returns>E.g. <c>CP_MARRIAGE 202501 VN_01 F 3</c>.</returns>
    public override string ToString() =>
        string.Join(' ', DataElement, Period, OrgUnit, CategoryOptionCombo ?? string.Join(';', CategoryOptions), Value ?? "(no value)");
}
