using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace VnChildProtection.Interop.Dhis2;

/// <summary>
/// Writes DHIS2 <c>dataValueSets</c> JSON to a stream one data value at a time: the set-level fields of the header first,
/// then <c>dataValues</c>.
/// </summary>
/// <remarks>
/// <para>A value whose period, organisation unit or attribute option combo equals the header's leaves it out (the set-level
/// form); a header without them gives the bulk form. Values are written as JSON strings, as DHIS2 writes them; properties
/// in the order of DHIS2's documentation (<c>dataElement</c>, <c>period</c>, <c>orgUnit</c>, <c>categoryOptionCombo</c>,
/// <c>attributeOptionCombo</c>, <c>value</c>, <c>storedBy</c>, <c>created</c>, <c>lastUpdated</c>, <c>comment</c>,
/// <c>followup</c>, <c>deleted</c>), absent ones left out. Output is indented by two spaces with <c>\n</c> line ends and
/// Vietnamese letters unescaped, so the same values give the same bytes.</para>
/// <para>The writer flushes to the stream every 16 KiB, so memory does not grow with the number of values. Call
/// <see cref="Dispose"/> (or <see cref="Complete"/>) to close the array and the object. An instance is not thread-safe.</para>
/// </remarks>
public sealed class DataValueSetJsonWriter : IDisposable
{
    private const int FlushThreshold = 16 * 1024;
    private readonly Stream stream;
    private readonly bool leaveOpen;
    private readonly Utf8JsonWriter writer;
    private readonly Dhis2DataValueSetHeader header;
    private bool completed;

    /// <summary>Starts a data value set on <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the UTF-8 JSON goes (no byte-order mark).</param>
    /// <param name="header">The set-level fields; <see cref="Dhis2DataValueSetHeader.Bulk"/> for none.</param>
    /// <param name="leaveOpen">Whether disposing the writer leaves the stream open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DataValueSetJsonWriter(Stream stream, Dhis2DataValueSetHeader header, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(header);
        this.stream = stream;
        this.leaveOpen = leaveOpen;
        this.header = header;
        var options = new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
            NewLine = "\n",
#endif
        };
        writer = new Utf8JsonWriter(stream, options);
        writer.WriteStartObject();
        Optional("dataSet", header.DataSet);
        Optional("completeDate", header.CompleteDate);
        Optional("period", header.Period);
        Optional("orgUnit", header.OrgUnit);
        Optional("attributeOptionCombo", header.AttributeOptionCombo);
        Optional("idScheme", header.IdScheme);
        Optional("dataElementIdScheme", header.DataElementIdScheme);
        Optional("orgUnitIdScheme", header.OrgUnitIdScheme);
        Optional("categoryOptionComboIdScheme", header.CategoryOptionComboIdScheme);
        Optional("dataSetIdScheme", header.DataSetIdScheme);
        writer.WriteStartArray("dataValues");
    }

    /// <summary>Writes a whole data value set.</summary>
    /// <param name="stream">Where the JSON goes; left open.</param>
    /// <param name="header">The set-level fields.</param>
    /// <param name="values">The values, in order.</param>
    /// <exception cref="ArgumentNullException">An argument or a value is null.</exception>
    /// <exception cref="ArgumentException">A value carries ADX category options.</exception>
    public static void Write(Stream stream, Dhis2DataValueSetHeader header, IEnumerable<Dhis2DataValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        using var writer = new DataValueSetJsonWriter(stream, header, leaveOpen: true);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    /// <summary>Writes one data value.</summary>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The value carries ADX category or attribute options, which JSON writes as combos
    /// (map them with <see cref="Mapping.Dhis2Mapping"/> first).</exception>
    /// <exception cref="InvalidOperationException">The set is already complete.</exception>
    public void Write(Dhis2DataValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.CategoryOptions.Count > 0 || value.AttributeOptions.Count > 0)
        {
            throw new ArgumentException("dataValueSets JSON writes disaggregations as category option combos, not as ADX category options.", nameof(value));
        }
        if (completed)
        {
            throw new InvalidOperationException("The data value set is complete.");
        }
        writer.WriteStartObject();
        writer.WriteString("dataElement", value.DataElement);
        if (value.Period != header.Period)
        {
            writer.WriteString("period", value.Period);
        }
        if (value.OrgUnit != header.OrgUnit)
        {
            writer.WriteString("orgUnit", value.OrgUnit);
        }
        Optional("categoryOptionCombo", value.CategoryOptionCombo);
        if (value.AttributeOptionCombo != header.AttributeOptionCombo)
        {
            Optional("attributeOptionCombo", value.AttributeOptionCombo);
        }
        Optional("value", value.Value);
        Optional("storedBy", value.StoredBy);
        Optional("created", value.Created);
        Optional("lastUpdated", value.LastUpdated);
        Optional("comment", value.Comment);
        if (value.FollowUp is { } followUp)
        {
            writer.WriteBoolean("followup", followUp);
        }
        if (value.Deleted is { } deleted)
        {
            writer.WriteBoolean("deleted", deleted);
        }
        writer.WriteEndObject();
        if (writer.BytesPending > FlushThreshold)
        {
            writer.Flush();
        }
    }

    /// <summary>Closes the values and the set and flushes; later calls do nothing.</summary>
    public void Complete()
    {
        if (completed)
        {
            return;
        }
        completed = true;
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    /// <summary>Completes the set and releases the writer (and the stream unless left open).</summary>
    public void Dispose()
    {
        Complete();
        writer.Dispose();
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }

    private void Optional(string name, string? text)
    {
        if (text is not null)
        {
            writer.WriteString(name, text);
        }
    }
}
