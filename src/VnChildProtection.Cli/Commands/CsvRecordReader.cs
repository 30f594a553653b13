using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace VnChildProtection.Cli.Commands;

/// <summary>
/// Reads CSV records (RFC 4180: comma-separated, fields optionally in double quotes, <c>""</c> for a quote inside one,
/// line breaks inside quoted fields) one at a time from a reader, so a file of any size is streamed, never loaded whole.
/// </summary>
/// <remarks>A byte-order mark is the reader's business (<see cref="StreamReader"/> drops it). Not thread-safe.</remarks>
internal sealed class CsvRecordReader
{
    private readonly TextReader reader;
    private readonly StringBuilder field = new();
    private int line = 1;

    public CsvRecordReader(TextReader reader) => this.reader = reader;

    /// <summary>The 1-based line on which the last record read started.</summary>
    public int RecordLine { get; private set; }

    /// <summary>
    /// Reads the next record into <paramref name="fields"/>; false at the end of the input. A blank line is a record of
    /// one empty field. <paramref name="problem"/> is set (and the record ends) when a quoted field is never closed.
    /// </summary>
    public bool TryRead(List<string> fields, out string? problem)
    {
        fields.Clear();
        problem = null;
        RecordLine = line;
        var next = reader.Read();
        if (next < 0)
        {
            return false;
        }
        field.Clear();
        var quoted = false;
        var atFieldStart = true;
        while (true)
        {
            if (next < 0)
            {
                if (quoted)
                {
                    problem = $"line {RecordLine}: a quoted field is not closed before the end of the file.";
                }
                fields.Add(field.ToString());
                return true;
            }
            var c = (char)next;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }
                    field.Append(c);
                }
            }
            else if (c == '"' && atFieldStart)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
                next = reader.Read();
                continue;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }
                line++;
                fields.Add(field.ToString());
                return true;
            }
            else
            {
                field.Append(c);
            }
            atFieldStart = false;
            next = reader.Read();
        }
    }

    /// <summary>Writes one record, quoting the fields that hold a comma, a quote or a line break.</summary>
    public static void Write(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var value in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }
            first = false;
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(value);
            }
        }
        writer.WriteLine();
    }
}
