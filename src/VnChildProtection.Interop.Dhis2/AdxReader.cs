using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Interop.Dhis2;

/// <summary>
/// Reads ADX XML (IHE QRPH Aggregate Data Exchange, namespace <c>urn:ihe:qrph:adx:2015</c>) from a stream one data value
/// at a time: <c>&lt;adx&gt;</c> holds <c>&lt;group orgUnit period dataSet [completeDate]&gt;</c> elements, each holding
/// <c>&lt;dataValue dataElement value&gt;</c> elements whose other attributes are the disaggregation (category = option).
/// </summary>
/// <remarks>
/// <para>Each value carries its group's organisation unit, period (an ISO 8601 interval such as <c>2025-01-01/P1M</c>, as
/// written), data set and complete date are in <see cref="Group"/>. A group's other attributes are attribute options; a
/// <c>categoryOptionCombo</c> or <c>comment</c> attribute on a value is taken as in DHIS2, and an <c>annotation</c> child
/// as the comment.</para>
/// <para>Reading uses <see cref="XmlReader"/>, so memory does not grow with the number of values. DTDs are refused.
/// Nothing is dropped silently: an element ADX does not have there, a missing mandatory attribute or a category given twice
/// gives a <see cref="Dhis2Diagnostic"/> with its element path, line and position, and reading goes on; XML that is not
/// well-formed or ends early gives <see cref="Dhis2DiagnosticCodes.AdxSyntax"/> where the parser stopped, after every good
/// value before it.</para>
/// <para>An instance reads one stream and is not thread-safe.</para>
/// </remarks>
public sealed class AdxReader : IDisposable
{
    /// <summary>The ADX namespace, <c>urn:ihe:qrph:adx:2015</c>.</summary>
    public const string Namespace = "urn:ihe:qrph:adx:2015";

    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private readonly XmlReader xml;
    private readonly Queue<Dhis2ReadItem> pending = new();
    private bool done;
    private bool started;
    private int groupIndex;
    private int valueIndex;
    private GroupFields? group;
    private bool skipped;

    /// <summary>Reads from <paramref name="stream"/>.</summary>
    /// <param name="stream">The ADX XML.</param>
    /// <param name="leaveOpen">Whether disposing the reader leaves the stream open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public AdxReader(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        xml = XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = !leaveOpen,
        });
    }

    /// <summary>The set-level fields of the group being read (data set, complete date, period, organisation unit).</summary>
    public Dhis2DataValueSetHeader Group => group?.Header ?? Dhis2DataValueSetHeader.Bulk;

    /// <summary>Reads every item of <paramref name="stream"/>, lazily.</summary>
    /// <param name="stream">The ADX XML; disposed when the enumeration ends.</param>
    /// <returns>The values and diagnostics in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static IEnumerable<Dhis2ReadItem> ReadAll(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Iterate(stream);

        static IEnumerable<Dhis2ReadItem> Iterate(Stream stream)
        {
            using var reader = new AdxReader(stream);
            while (reader.Read(out var item))
            {
                yield return item;
            }
        }
    }

    /// <summary>Reads the next value or diagnostic.</summary>
    /// <param name="item">The item read.</param>
    /// <returns>False at the end of the message (after a syntax error, at the error).</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public bool Read(out Dhis2ReadItem item)
    {
        while (pending.Count == 0 && !done)
        {
            try
            {
                Step();
            }
            catch (XmlException e)
            {
                var path = group is null ? "/adx" : GroupPath() + (valueIndex > 0 ? "/dataValue[" + valueIndex.ToString(CultureInfo.InvariantCulture) + "]" : string.Empty);
                pending.Enqueue(Dhis2ReadItem.OfDiagnostic(new Dhis2Diagnostic(Dhis2DiagnosticCodes.AdxSyntax,
                    "The XML is not well-formed or ends early; nothing after this point is read.",
                    new SourceLocation(path, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), null, null))));
                done = true;
            }
        }
        return pending.TryDequeue(out item);
    }

    /// <inheritdoc />
    public void Dispose() => xml.Dispose();

    private void Step()
    {
        var moved = skipped ? !xml.EOF && xml.ReadState == ReadState.Interactive : xml.Read();
        skipped = false;
        if (!moved)
        {
            if (!started)
            {
                Report(Dhis2DiagnosticCodes.AdxSyntax, "The file holds no ADX message.", "/adx", 1, 1);
            }
            done = true;
            return;
        }
        if (xml.NodeType == XmlNodeType.EndElement)
        {
            if (xml.Depth == 1)
            {
                group = null;
            }
            return;
        }
        if (xml.NodeType != XmlNodeType.Element)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && xml.Depth > 0)
            {
                Here(Dhis2DiagnosticCodes.AdxElement, "ADX has no text here; it is skipped.", Path());
            }
            return;
        }
        switch (xml.Depth)
        {
            case 0:
                started = true;
                if (xml.LocalName != "adx" || xml.NamespaceURI != Namespace)
                {
                    Here(Dhis2DiagnosticCodes.AdxElement, "The root is not <adx> in the namespace " + Namespace + "; nothing is read.", "/" + xml.LocalName);
                    done = true;
                }
                return;
            case 1:
                groupIndex++;
                valueIndex = 0;
                if (!IsAdx("group"))
                {
                    Here(Dhis2DiagnosticCodes.AdxElement, "ADX holds only <group> elements here; this one is skipped.", "/adx/" + xml.LocalName);
                    xml.Skip();
                    StepBackAfterSkip();
                    return;
                }
                ReadGroup();
                return;
            case 2:
                valueIndex++;
                if (!IsAdx("dataValue"))
                {
                    Here(Dhis2DiagnosticCodes.AdxElement, "An ADX group holds only <dataValue> elements; this one is skipped.", GroupPath() + "/" + xml.LocalName);
                    xml.Skip();
                    StepBackAfterSkip();
                    return;
                }
                ReadValue();
                return;
            default:
                Here(Dhis2DiagnosticCodes.AdxElement, "ADX has no such element here; it is skipped.", Path());
                xml.Skip();
                StepBackAfterSkip();
                return;
        }
    }

    // XmlReader.Skip moves to the node after the skipped element; the next step handles that node instead of reading on.
    private void StepBackAfterSkip() => skipped = true;

    private bool IsAdx(string name) => xml.LocalName == name && xml.NamespaceURI == Namespace;

    private void ReadGroup()
    {
        var location = HereLocation(GroupPath());
        string? orgUnit = null, period = null, dataSet = null, completeDate = null, attributeOptionCombo = null;
        var options = new List<Dhis2CategoryOption>();
        var valid = true;
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                if (IsNamespaceDeclarationOrForeign())
                {
                    continue;
                }
                switch (xml.LocalName)
                {
                    case "orgUnit": orgUnit = xml.Value; break;
                    case "period": period = xml.Value; break;
                    case "dataSet": dataSet = xml.Value; break;
                    case "completeDate": completeDate = xml.Value; break;
                    case "attributeOptionCombo": attributeOptionCombo = xml.Value; break;
                    default:
                        if (xml.Value.Length == 0)
                        {
                            Here(Dhis2DiagnosticCodes.AdxAttribute, "An attribute option cannot be empty.", GroupPath() + "/@" + xml.LocalName);
                            valid = false;
                        }
                        else
                        {
                            options.Add(new Dhis2CategoryOption(xml.LocalName, xml.Value));
                        }
                        break;
                }
            }
            while (xml.MoveToNextAttribute());
            xml.MoveToElement();
        }
        var missing = string.IsNullOrEmpty(orgUnit) ? "orgUnit" : string.IsNullOrEmpty(period) ? "period" : string.IsNullOrEmpty(dataSet) ? "dataSet" : null;
        if (missing is not null)
        {
            pending.Enqueue(Dhis2ReadItem.OfDiagnostic(new Dhis2Diagnostic(Dhis2DiagnosticCodes.MissingField,
                "An ADX group must give " + missing + "; its values are not read.", location)));
            valid = false;
        }
        group = new GroupFields(
            new Dhis2DataValueSetHeader { OrgUnit = orgUnit, Period = period, DataSet = dataSet, CompleteDate = completeDate, AttributeOptionCombo = attributeOptionCombo },
            new ValueList<Dhis2CategoryOption>(options), valid, location);
        if (xml.IsEmptyElement)
        {
            group = null;
        }
    }

    private void ReadValue()
    {
        var location = HereLocation(ValuePath());
        string? dataElement = null, value = null, comment = null, categoryOptionCombo = null;
        var options = new List<Dhis2CategoryOption>();
        var valid = group!.Valid;
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                if (IsNamespaceDeclarationOrForeign())
                {
                    continue;
                }
                switch (xml.LocalName)
                {
                    case "dataElement": dataElement = xml.Value; break;
                    case "value": value = xml.Value; break;
                    case "comment": comment = xml.Value; break;
                    case "categoryOptionCombo": categoryOptionCombo = xml.Value; break;
                    default:
                        if (xml.Value.Length == 0)
                        {
                            Here(Dhis2DiagnosticCodes.AdxAttribute, "A category option cannot be empty.", ValuePath() + "/@" + xml.LocalName);
                            valid = false;
                        }
                        else
                        {
                            options.Add(new Dhis2CategoryOption(xml.LocalName, xml.Value));
                        }
                        break;
                }
            }
            while (xml.MoveToNextAttribute());
            xml.MoveToElement();
        }
        if (!xml.IsEmptyElement)
        {
            // An <annotation> child is the value's comment; anything else is reported. Ends on the value's end tag.
            var depth = xml.Depth;
            xml.Read();
            while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType == XmlNodeType.Element && IsAdx("annotation"))
                {
                    comment = xml.ReadElementContentAsString();
                    continue;
                }
                if (xml.NodeType is XmlNodeType.Element or XmlNodeType.Text or XmlNodeType.CDATA)
                {
                    Here(Dhis2DiagnosticCodes.AdxElement, "An ADX dataValue holds only an <annotation>; this is skipped.", ValuePath());
                    valid = false;
                    if (xml.NodeType == XmlNodeType.Element)
                    {
                        xml.Skip();
                        continue;
                    }
                }
                xml.Read();
            }
        }
        if (!group.Valid)
        {
            return;
        }
        if (string.IsNullOrEmpty(dataElement) || value is null)
        {
            pending.Enqueue(Dhis2ReadItem.OfDiagnostic(new Dhis2Diagnostic(Dhis2DiagnosticCodes.MissingField,
                "An ADX dataValue must give " + (string.IsNullOrEmpty(dataElement) ? "dataElement" : "value") + ".", location)));
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (!seen.Add(option.Category))
            {
                pending.Enqueue(Dhis2ReadItem.OfDiagnostic(new Dhis2Diagnostic(Dhis2DiagnosticCodes.AdxAttribute, "A category is given twice.", location)));
                valid = false;
            }
        }
        if (!valid)
        {
            return;
        }
        var header = group.Header;
        pending.Enqueue(Dhis2ReadItem.OfValue(new Dhis2DataValue(dataElement, header.Period!, header.OrgUnit!, value)
        {
            CategoryOptionCombo = categoryOptionCombo,
            AttributeOptionCombo = header.AttributeOptionCombo,
            CategoryOptions = new ValueList<Dhis2CategoryOption>(options),
            AttributeOptions = group.Options,
            Comment = comment,
        }, location));
    }

    private bool IsNamespaceDeclarationOrForeign() =>
        xml.Prefix == "xmlns" || xml.LocalName == "xmlns" || xml.NamespaceURI == XsiNamespace || xml.NamespaceURI.Length > 0;

    private void Here(string code, string message, string path)
    {
        var info = (IXmlLineInfo)xml;
        Report(code, message, path, info.LineNumber, info.LinePosition);
    }

    private SourceLocation HereLocation(string path)
    {
        var info = (IXmlLineInfo)xml;
        return new SourceLocation(path, Math.Max(1, info.LineNumber), Math.Max(1, info.LinePosition), null, null);
    }

    private void Report(string code, string message, string path, int lineNumber, int position) =>
        pending.Enqueue(Dhis2ReadItem.OfDiagnostic(new Dhis2Diagnostic(code, message, new SourceLocation(path, Math.Max(1, lineNumber), Math.Max(1, position), null, null))));

    private string GroupPath() => "/adx/group[" + groupIndex.ToString(CultureInfo.InvariantCulture) + "]";

    private string ValuePath() => GroupPath() + "/dataValue[" + valueIndex.ToString(CultureInfo.InvariantCulture) + "]";

    private string Path() => xml.Depth switch
    {
        0 => "/adx",
        1 => GroupPath(),
        _ => ValuePath(),
    };

    private sealed record GroupFields(Dhis2DataValueSetHeader Header, ValueList<Dhis2CategoryOption> Options, bool Valid, SourceLocation Location);
}
