using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;
using NodaTime;
using NodaTime.Text;

namespace VnChildProtection.Interop.Dhis2;

/// <summary>
/// Writes ADX XML (namespace <c>urn:ihe:qrph:adx:2015</c>) to a stream one data value at a time, opening a new
/// <c>&lt;group orgUnit period dataSet [completeDate]&gt;</c> whenever the organisation unit, period, attribute option combo or
/// attribute options change from the previous value.
/// </summary>
/// <remarks>
/// <para>Values must already be in ADX form: periods as ISO 8601 intervals (<c>2025-01-01/P1M</c>), disaggregations as
/// <see cref="Dhis2DataValue.CategoryOptions"/> (written as attributes) or a <c>categoryOptionCombo</c>. The data set and
/// complete date come from the header; ADX requires a data set. A comment is written as an <c>annotation</c> child. Write
/// values sorted by organisation unit and period for one group each. Output is indented with <c>\n</c> line ends, UTF-8
/// without byte-order mark, so the same values give the same bytes.</para>
/// <para>The writer flushes as it goes, so memory does not grow with the number of values. Call <see cref="Dispose"/> (or
/// <see cref="Complete"/>) to close the message. An instance is not thread-safe.</para>
/// </remarks>
public sealed class AdxWriter : IDisposable
{
    private readonly XmlWriter xml;
    private readonly Stream stream;
    private readonly Dhis2DataValueSetHeader header;
    private Dhis2DataValue? groupOf;
    private bool completed;

    /// <summary>Starts an ADX message on <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the XML goes.</param>
    /// <param name="header">The data set (required) and complete date of every group.</param>
    /// <param name="exported">When the message was exported, ADX's one mandatory root attribute.</param>
    /// <param name="leaveOpen">Whether disposing the writer leaves the stream open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The header has no data set.</exception>
    public AdxWriter(Stream stream, Dhis2DataValueSetHeader header, Instant exported, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(header);
        if (string.IsNullOrEmpty(header.DataSet))
        {
            throw new ArgumentException("ADX requires a data set on every group.", nameof(header));
        }
        this.header = header;
        this.stream = stream;
        xml = XmlWriter.Create(stream, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = !leaveOpen,
        });
        xml.WriteStartDocument();
        xml.WriteStartElement("adx", AdxReader.Namespace);
        xml.WriteAttributeString("exported", InstantPattern.General.Format(exported));
    }

    /// <summary>Writes a whole ADX message.</summary>
    /// <param name="stream">Where the XML goes; left open.</param>
    /// <param name="header">The data set and complete date.</param>
    /// <param name="exported">When the message was exported.</param>
    /// <param name="values">The values in ADX form, in order.</param>
    /// <exception cref="ArgumentNullException">An argument or a value is null.</exception>
    /// <exception cref="ArgumentException">The header has no data set.</exception>
    public static void Write(Stream stream, Dhis2DataValueSetHeader header, Instant exported, IEnumerable<Dhis2DataValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        using var writer = new AdxWriter(stream, header, exported, leaveOpen: true);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    /// <summary>Writes one data value, in a new group when its group fields differ from the previous value's.</summary>
    /// <param name="value">The value in ADX form.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">A category is also an attribute ADX defines on a data value.</exception>
    /// <exception cref="InvalidOperationException">The message is already complete.</exception>
    public void Write(Dhis2DataValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (completed)
        {
            throw new InvalidOperationException("The ADX message is complete.");
        }
        if (groupOf is null || groupOf.OrgUnit != value.OrgUnit || groupOf.Period != value.Period
            || groupOf.AttributeOptionCombo != value.AttributeOptionCombo || groupOf.AttributeOptions != value.AttributeOptions)
        {
            if (groupOf is not null)
            {
                xml.WriteEndElement();
            }
            groupOf = value;
            xml.WriteStartElement("group", AdxReader.Namespace);
            xml.WriteAttributeString("orgUnit", value.OrgUnit);
            xml.WriteAttributeString("period", value.Period);
            xml.WriteAttributeString("dataSet", header.DataSet);
            if (header.CompleteDate is not null)
            {
                xml.WriteAttributeString("completeDate", header.CompleteDate);
            }
            if (value.AttributeOptionCombo is not null)
            {
                xml.WriteAttributeString("attributeOptionCombo", value.AttributeOptionCombo);
            }
            foreach (var option in value.AttributeOptions)
            {
                Check(option, "orgUnit", "period", "dataSet", "completeDate", "attributeOptionCombo");
                xml.WriteAttributeString(option.Category, option.Option);
            }
        }
        xml.WriteStartElement("dataValue", AdxReader.Namespace);
        xml.WriteAttributeString("dataElement", value.DataElement);
        if (value.CategoryOptionCombo is not null)
        {
            xml.WriteAttributeString("categoryOptionCombo", value.CategoryOptionCombo);
        }
        foreach (var option in value.CategoryOptions)
        {
            Check(option, "dataElement", "value", "comment", "categoryOptionCombo");
            xml.WriteAttributeString(option.Category, option.Option);
        }
        xml.WriteAttributeString("value", value.Value ?? string.Empty);
        if (value.Comment is not null)
        {
            xml.WriteElementString("annotation", AdxReader.Namespace, value.Comment);
        }
        xml.WriteEndElement();
    }

    /// <summary>Closes the message and flushes; later calls do nothing.</summary>
    public void Complete()
    {
        if (completed)
        {
            return;
        }
        completed = true;
        xml.WriteEndDocument();
        xml.Flush();
        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    /// <summary>Completes the message and releases the writer (and the stream unless left open).</summary>
    public void Dispose()
    {
        Complete();
        xml.Dispose();
    }

    private static void Check(Dhis2CategoryOption option, params string[] reserved)
    {
        if (Array.IndexOf(reserved, option.Category) >= 0)
        {
            throw new ArgumentException("The category " + option.Category + " is an attribute ADX defines; give the category another identifier.", nameof(option));
        }
    }
}
