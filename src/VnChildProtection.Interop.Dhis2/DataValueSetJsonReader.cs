using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Interop.Dhis2;

/// <summary>
/// Reads DHIS2 <c>dataValueSets</c> JSON from a stream one data value at a time, in both forms DHIS2 defines: the bulk
/// form (period and organisation unit on each value) and the set-level form (<c>dataSet</c>, <c>completeDate</c>,
/// <c>period</c>, <c>orgUnit</c>, <c>attributeOptionCombo</c> at the top, shared by the values).
/// </summary>
/// <remarks>
/// <para>The stream is read through one buffer (64 KiB unless said, grown only for a single token larger than it) with
/// <see cref="Utf8JsonReader"/>, so memory does not grow with the number of values. Set-level fields must come before
/// <c>dataValues</c> to apply to the values (DHIS2 writes them first); one that comes after is reported.</para>
/// <para>Nothing is dropped silently: an unknown property, a value of the wrong JSON type or a missing field gives a
/// <see cref="Dhis2Diagnostic"/> with its JSON path, line and column and the reader goes on with the next value; malformed or
/// truncated JSON gives <see cref="Dhis2DiagnosticCodes.JsonSyntax"/> where the reader stopped, after every good value before it.
/// <c>value</c> may be a JSON string (as DHIS2 writes it) or a number; <c>followup</c> and <c>deleted</c> a boolean or the text
/// <c>true</c>/<c>false</c>.</para>
/// <para>An instance reads one stream and is not thread-safe.</para>
/// </remarks>
public sealed class DataValueSetJsonReader : IDisposable
{
    private const int DefaultBufferSize = 64 * 1024;

    private readonly Stream stream;
    private readonly bool leaveOpen;
    private readonly Queue<Dhis2ReadItem> pending = new();
    private byte[] buffer;
    private int start;
    private int end;
    private long bufferOffset;
    private bool finalBlock;
    private bool done;
    private JsonReaderState state;

    // Line and column tracking over the bytes already passed.
    private long countedTo;
    private int line = 1;
    private int column;

    private Mode mode = Mode.Start;
    private Mode skipReturn;
    private int skipDepth;
    private Field field;
    private int index = -1;
    private int headerSeen;
    private bool valuesStarted;
    private Builder current;

    /// <summary>Reads from <paramref name="stream"/> (UTF-8, with or without byte-order mark).</summary>
    /// <param name="stream">The JSON.</param>
    /// <param name="leaveOpen">Whether disposing the reader leaves the stream open.</param>
    /// <param name="bufferSize">The initial buffer size in bytes (at least 16).</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bufferSize"/> is below 16.</exception>
    public DataValueSetJsonReader(Stream stream, bool leaveOpen = false, int bufferSize = DefaultBufferSize)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 16);
        this.stream = stream;
        this.leaveOpen = leaveOpen;
        buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
        state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
    }

    private enum Mode
    {
        Start,
        RootProperty,
        RootValue,
        ValuesArray,
        ValueProperty,
        ValueField,
        Skip,
        End,
    }

    private enum Field
    {
        None,
        DataSet,
        CompleteDate,
        Period,
        OrgUnit,
        AttributeOptionCombo,
        IdScheme,
        DataElementIdScheme,
        OrgUnitIdScheme,
        CategoryOptionComboIdScheme,
        DataSetIdScheme,
        DataValues,
        DataElement,
        CategoryOptionCombo,
        Value,
        Comment,
        StoredBy,
        Created,
        LastUpdated,
        FollowUp,
        Deleted,
    }

    /// <summary>The set-level fields read so far (all of them once the first value has been read, in DHIS2's order).</summary>
    public Dhis2DataValueSetHeader Header { get; private set; } = Dhis2DataValueSetHeader.Bulk;

    /// <summary>Reads every item of <paramref name="stream"/>, lazily.</summary>
    /// <param name="stream">The JSON; disposed when the enumeration ends.</param>
    /// <returns>The values and diagnostics in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static IEnumerable<Dhis2ReadItem> ReadAll(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Iterate(stream);

        static IEnumerable<Dhis2ReadItem> Iterate(Stream stream)
        {
            using var reader = new DataValueSetJsonReader(stream);
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
    /// <exception cref="ObjectDisposedException">The reader was disposed.</exception>
    public bool Read(out Dhis2ReadItem item)
    {
        ObjectDisposedException.ThrowIf(buffer.Length == 0, this);
        while (pending.Count == 0 && !done)
        {
            Advance();
        }
        return pending.TryDequeue(out item);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (buffer.Length != 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
        }
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }

    private void Advance()
    {
        if (!finalBlock && (start == end || mode == Mode.Start && end - start < 3))
        {
            Fill();
        }
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), finalBlock, state);
        try
        {
            while (pending.Count == 0 && reader.Read())
            {
                Token(ref reader);
            }
        }
        catch (InvalidOperationException)
        {
            // A string that is not valid UTF-8 (System.Text.Json checks it when the text is taken).
            Count(bufferOffset + start + reader.TokenStartIndex);
            Syntax(line, column + 1);
            return;
        }
        catch (JsonException e)
        {
            Count(bufferOffset + start + reader.BytesConsumed);
            var lineNumber = (int)Math.Min(int.MaxValue - 1, (e.LineNumber ?? line - 1) + 1);
            Syntax(lineNumber, e.BytePositionInLine is { } b ? (int)Math.Min(int.MaxValue - 1, b + 1) : column + 1);
            return;
        }
        start += (int)reader.BytesConsumed;
        state = reader.CurrentState;
        if (pending.Count > 0)
        {
            return;
        }
        if (finalBlock)
        {
            // The reader accepted the end: the root is closed (or the text was empty, which it rejects).
            done = true;
            return;
        }
        Fill();
    }

    private void Fill()
    {
        if (start > 0)
        {
            Count(bufferOffset + start);
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            bufferOffset += start;
            end -= start;
            start = 0;
        }
        if (end == buffer.Length)
        {
            // One token is larger than the buffer: grow it (the only growth, bounded by the longest token).
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            Buffer.BlockCopy(buffer, 0, larger, 0, end);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            finalBlock = true;
            return;
        }
        if (bufferOffset == 0 && end == 0 && read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
        {
            // A byte-order mark is not JSON; skip it and do not count it as a column.
            start = 3;
            countedTo = 3;
        }
        end += read;
    }

    private void Token(ref Utf8JsonReader reader)
    {
        var type = reader.TokenType;
        switch (mode)
        {
            case Mode.Start:
                if (type != JsonTokenType.StartObject)
                {
                    Report(ref reader, Dhis2DiagnosticCodes.JsonType, "A data value set is a JSON object.", "$");
                    SkipOrStay(ref reader, Mode.End);
                    return;
                }
                mode = Mode.RootProperty;
                return;
            case Mode.RootProperty:
                if (type == JsonTokenType.EndObject)
                {
                    mode = Mode.End;
                    return;
                }
                field = RootField(ref reader);
                if (field == Field.None)
                {
                    Report(ref reader, Dhis2DiagnosticCodes.JsonUnknownProperty, "DHIS2's dataValueSets has no such property; it is skipped.", "$" + JsonPathStep(ref reader));
                }
                else if ((headerSeen & (1 << (int)field)) != 0)
                {
                    Report(ref reader, Dhis2DiagnosticCodes.JsonDuplicateProperty, "This property is given twice; the first is kept.", "$" + JsonPathStep(ref reader));
                    field = Field.None;
                }
                else
                {
                    headerSeen |= 1 << (int)field;
                    if (valuesStarted && field != Field.DataValues)
                    {
                        Report(ref reader, Dhis2DiagnosticCodes.JsonUnknownProperty, "A set-level field after dataValues cannot apply to the values read before it; write it first.", "$" + JsonPathStep(ref reader));
                        field = Field.None;
                    }
                }
                mode = Mode.RootValue;
                return;
            case Mode.RootValue:
                RootValue(ref reader);
                return;
            case Mode.ValuesArray:
                if (type == JsonTokenType.EndArray)
                {
                    mode = Mode.RootProperty;
                    return;
                }
                index++;
                if (type != JsonTokenType.StartObject)
                {
                    Report(ref reader, Dhis2DiagnosticCodes.JsonType, "A data value is a JSON object.", ValuePath());
                    SkipOrStay(ref reader, Mode.ValuesArray);
                    return;
                }
                current = new Builder { Location = Locate(ref reader, ValuePath()) };
                mode = Mode.ValueProperty;
                return;
            case Mode.ValueProperty:
                if (type == JsonTokenType.EndObject)
                {
                    Complete();
                    mode = Mode.ValuesArray;
                    return;
                }
                field = ValueField(ref reader);
                if (field == Field.None)
                {
                    Report(ref reader, Dhis2DiagnosticCodes.JsonUnknownProperty, "A DHIS2 data value has no such property; it is skipped.", ValuePath() + JsonPathStep(ref reader));
                }
                else if ((current.Seen & (1 << (int)field)) != 0)
                {
                    Report(ref reader, Dhis2DiagnosticCodes.JsonDuplicateProperty, "This property is given twice; the first is kept.", ValuePath() + JsonPathStep(ref reader));
                    current.Invalid = true;
                    field = Field.None;
                }
                else
                {
                    current.Seen |= 1 << (int)field;
                }
                mode = Mode.ValueField;
                return;
            case Mode.ValueField:
                ValueFieldValue(ref reader);
                return;
            case Mode.Skip:
                if ((type is JsonTokenType.EndObject or JsonTokenType.EndArray) && reader.CurrentDepth == skipDepth)
                {
                    mode = skipReturn;
                }
                return;
            default:
                return;
        }
    }

    private void RootValue(ref Utf8JsonReader reader)
    {
        if (field == Field.DataValues)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                Report(ref reader, Dhis2DiagnosticCodes.JsonType, "dataValues is a JSON array of data values.", "$.dataValues");
                SkipOrStay(ref reader, Mode.RootProperty);
                return;
            }
            valuesStarted = true;
            mode = Mode.ValuesArray;
            return;
        }
        if (field == Field.None)
        {
            SkipOrStay(ref reader, Mode.RootProperty);
            return;
        }
        if (reader.TokenType != JsonTokenType.String)
        {
            Report(ref reader, Dhis2DiagnosticCodes.JsonType, "This set-level field is a JSON string.", "$." + Name(field));
            SkipOrStay(ref reader, Mode.RootProperty);
            return;
        }
        var text = reader.GetString();
        Header = field switch
        {
            Field.DataSet => Header with { DataSet = text },
            Field.CompleteDate => Header with { CompleteDate = text },
            Field.Period => Header with { Period = text },
            Field.OrgUnit => Header with { OrgUnit = text },
            Field.AttributeOptionCombo => Header with { AttributeOptionCombo = text },
            Field.IdScheme => Header with { IdScheme = text },
            Field.DataElementIdScheme => Header with { DataElementIdScheme = text },
            Field.OrgUnitIdScheme => Header with { OrgUnitIdScheme = text },
            Field.CategoryOptionComboIdScheme => Header with { CategoryOptionComboIdScheme = text },
            _ => Header with { DataSetIdScheme = text },
        };
        mode = Mode.RootProperty;
    }

    private void ValueFieldValue(ref Utf8JsonReader reader)
    {
        mode = Mode.ValueProperty;
        if (field == Field.None)
        {
            SkipOrStay(ref reader, Mode.ValueProperty);
            return;
        }
        var type = reader.TokenType;
        if (field is Field.FollowUp or Field.Deleted)
        {
            bool? flag = type switch
            {
                JsonTokenType.True => true,
                JsonTokenType.False => false,
                JsonTokenType.String when reader.ValueTextEquals("true"u8) => true,
                JsonTokenType.String when reader.ValueTextEquals("false"u8) => false,
                _ => null,
            };
            if (flag is null && type != JsonTokenType.Null)
            {
                TypeError(ref reader, "followup and deleted are true or false.");
                return;
            }
            if (field == Field.FollowUp)
            {
                current.FollowUp = flag;
            }
            else
            {
                current.Deleted = flag;
            }
            return;
        }
        string? text;
        if (type == JsonTokenType.String)
        {
            text = reader.GetString();
        }
        else if (type == JsonTokenType.Number && field == Field.Value)
        {
            text = System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        }
        else if (type == JsonTokenType.Null)
        {
            text = null;
        }
        else
        {
            TypeError(ref reader, field == Field.Value ? "value is a JSON string or number." : "This field is a JSON string.");
            return;
        }
        switch (field)
        {
            case Field.DataElement: current.DataElement = text; break;
            case Field.Period: current.Period = text; break;
            case Field.OrgUnit: current.OrgUnit = text; break;
            case Field.CategoryOptionCombo: current.CategoryOptionCombo = text; break;
            case Field.AttributeOptionCombo: current.AttributeOptionCombo = text; break;
            case Field.Value: current.Value = text; break;
            case Field.Comment: current.Comment = text; break;
            case Field.StoredBy: current.StoredBy = text; break;
            case Field.Created: current.Created = text; break;
            default: current.LastUpdated = text; break;
        }
    }

    private void TypeError(ref Utf8JsonReader reader, string message)
    {
        Report(ref reader, Dhis2DiagnosticCodes.JsonType, message, ValuePath() + "." + Name(field));
        current.Invalid = true;
        SkipOrStay(ref reader, Mode.ValueProperty);
    }

    private void Complete()
    {
        var builder = current;
        current = default;
        var period = builder.Period ?? Header.Period;
        var orgUnit = builder.OrgUnit ?? Header.OrgUnit;
        var missing = string.IsNullOrEmpty(builder.DataElement) ? "dataElement"
            : string.IsNullOrEmpty(period) ? "period"
            : string.IsNullOrEmpty(orgUnit) ? "orgUnit"
            : null;
        if (missing is not null)
        {
            pending.Enqueue(Dhis2ReadItem.OfDiagnostic(new Dhis2Diagnostic(Dhis2DiagnosticCodes.MissingField,
                "The data value has no " + missing + (missing == "dataElement" ? "." : ", neither on the value nor on the set."), builder.Location!)));
            return;
        }
        if (builder.Invalid)
        {
            // Its problems are reported; a value with a field of the wrong type is not guessed at.
            return;
        }
        var value = new Dhis2DataValue(builder.DataElement!, period!, orgUnit!, builder.Value)
        {
            CategoryOptionCombo = builder.CategoryOptionCombo,
            AttributeOptionCombo = builder.AttributeOptionCombo ?? Header.AttributeOptionCombo,
            Comment = builder.Comment,
            StoredBy = builder.StoredBy,
            Created = builder.Created,
            LastUpdated = builder.LastUpdated,
            FollowUp = builder.FollowUp,
            Deleted = builder.Deleted,
        };
        pending.Enqueue(Dhis2ReadItem.OfValue(value, builder.Location!));
    }

    private void SkipOrStay(ref Utf8JsonReader reader, Mode after)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            skipDepth = reader.CurrentDepth;
            skipReturn = after;
            mode = Mode.Skip;
            return;
        }
        mode = after;
    }

    private void Report(ref Utf8JsonReader reader, string code, string message, string path) =>
        pending.Enqueue(Dhis2ReadItem.OfDiagnostic(new Dhis2Diagnostic(code, message, Locate(ref reader, path))));

    private void Syntax(int lineNumber, int columnNumber)
    {
        var path = mode switch
        {
            Mode.ValueProperty or Mode.ValueField => ValuePath(),
            Mode.ValuesArray => "$.dataValues",
            _ => "$",
        };
        pending.Enqueue(Dhis2ReadItem.OfDiagnostic(new Dhis2Diagnostic(Dhis2DiagnosticCodes.JsonSyntax,
            "The JSON is not well-formed or ends early; nothing after this point is read.", new SourceLocation(path, lineNumber, Math.Max(1, columnNumber), null, null))));
        done = true;
    }

    private SourceLocation Locate(ref Utf8JsonReader reader, string path)
    {
        Count(bufferOffset + start + reader.TokenStartIndex);
        return new SourceLocation(path, line, column + 1, null, null);
    }

    /// <summary>Advances the line and UTF-16 column over the bytes up to <paramref name="offset"/> (all still in the buffer).</summary>
    private void Count(long offset)
    {
        var from = (int)(countedTo - bufferOffset);
        var to = (int)(offset - bufferOffset);
        for (var i = Math.Max(from, 0); i < to && i < end; i++)
        {
            var b = buffer[i];
            if (b == (byte)'\n')
            {
                line++;
                column = 0;
            }
            else if ((b & 0xC0) != 0x80)
            {
                // A lead byte: one UTF-16 unit, two for a four-byte sequence (a surrogate pair).
                column += b >= 0xF0 ? 2 : 1;
            }
        }
        countedTo = Math.Max(countedTo, offset);
    }

    private string ValuePath() => "$.dataValues[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private static string JsonPathStep(ref Utf8JsonReader reader)
    {
        var name = reader.GetString() ?? string.Empty;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
            }
        }
        return name.Length == 0 ? "['']" : "." + name;
    }

    private static Field RootField(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("dataValues"u8) ? Field.DataValues
        : reader.ValueTextEquals("dataSet"u8) ? Field.DataSet
        : reader.ValueTextEquals("completeDate"u8) ? Field.CompleteDate
        : reader.ValueTextEquals("period"u8) ? Field.Period
        : reader.ValueTextEquals("orgUnit"u8) ? Field.OrgUnit
        : reader.ValueTextEquals("attributeOptionCombo"u8) ? Field.AttributeOptionCombo
        : reader.ValueTextEquals("idScheme"u8) ? Field.IdScheme
        : reader.ValueTextEquals("dataElementIdScheme"u8) ? Field.DataElementIdScheme
        : reader.ValueTextEquals("orgUnitIdScheme"u8) ? Field.OrgUnitIdScheme
        : reader.ValueTextEquals("categoryOptionComboIdScheme"u8) ? Field.CategoryOptionComboIdScheme
        : reader.ValueTextEquals("dataSetIdScheme"u8) ? Field.DataSetIdScheme
        : Field.None;

    private static Field ValueField(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("dataElement"u8) ? Field.DataElement
        : reader.ValueTextEquals("period"u8) ? Field.Period
        : reader.ValueTextEquals("orgUnit"u8) ? Field.OrgUnit
        : reader.ValueTextEquals("categoryOptionCombo"u8) ? Field.CategoryOptionCombo
        : reader.ValueTextEquals("attributeOptionCombo"u8) ? Field.AttributeOptionCombo
        : reader.ValueTextEquals("value"u8) ? Field.Value
        : reader.ValueTextEquals("comment"u8) ? Field.Comment
        : reader.ValueTextEquals("storedBy"u8) ? Field.StoredBy
        : reader.ValueTextEquals("created"u8) ? Field.Created
        : reader.ValueTextEquals("lastUpdated"u8) ? Field.LastUpdated
        : reader.ValueTextEquals("followup"u8) ? Field.FollowUp
        : reader.ValueTextEquals("deleted"u8) ? Field.Deleted
        : Field.None;

    private static string Name(Field field) => field switch
    {
        Field.DataSet => "dataSet",
        Field.CompleteDate => "completeDate",
        Field.Period => "period",
        Field.OrgUnit => "orgUnit",
        Field.AttributeOptionCombo => "attributeOptionCombo",
        Field.IdScheme => "idScheme",
        Field.DataElementIdScheme => "dataElementIdScheme",
        Field.OrgUnitIdScheme => "orgUnitIdScheme",
        Field.CategoryOptionComboIdScheme => "categoryOptionComboIdScheme",
        Field.DataSetIdScheme => "dataSetIdScheme",
        Field.DataValues => "dataValues",
        Field.DataElement => "dataElement",
        Field.CategoryOptionCombo => "categoryOptionCombo",
        Field.Value => "value",
        Field.Comment => "comment",
        Field.StoredBy => "storedBy",
        Field.Created => "created",
        Field.LastUpdated => "lastUpdated",
        Field.FollowUp => "followup",
        _ => "deleted",
    };

    private struct Builder
    {
        public SourceLocation? Location;
        public int Seen;
        public bool Invalid;
        public string? DataElement;
        public string? Period;
        public string? OrgUnit;
        public string? CategoryOptionCombo;
        public string? AttributeOptionCombo;
        public string? Value;
        public string? Comment;
        public string? StoredBy;
        public string? Created;
        public string? LastUpdated;
        public bool? FollowUp;
        public bool? Deleted;
    }
}
