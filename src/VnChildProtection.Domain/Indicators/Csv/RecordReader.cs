using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Indicators.Csv;

/// <summary>
/// Splits RFC 4180 text into records of unescaped, NFC-normalised fields, tracking the physical line each record starts
/// on. Reads from a <see cref="TextReader"/> through a fixed buffer, so a file is never held whole in memory.
/// </summary>
/// <remarks>
/// Accepts CRLF, LF and lone CR line ends; skips empty lines and a leading BOM. A malformed record is consumed up to the
/// end of its line (or of the text for an unterminated quote) so reading resumes at the next record. Cells are
/// normalised to NFC one by one (the delimiters are ASCII, so this equals normalising the whole text first).
/// </remarks>
internal sealed class RecordReader
{
    private const int End = -1;

    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _cell = new();
    private int _length;
    private int _position;
    private int _line = 1;

    public RecordReader(TextReader reader)
    {
        _reader = reader;
        if (Peek(0) == '\uFEFF')
        {
            _position++;
        }
    }

    public RecordReader(string text)
        : this(new StringReader(text))
    {
    }

    /// <summary>Reads the next non-empty record into <paramref name="fields"/>.</summary>
    /// <returns>False at the end of the text.</returns>
    public bool Next(List<string> fields, out int line, out string? error)
    {
        fields.Clear();
        error = null;
        while (Peek(0) is '\r' or '\n')
        {
            SkipLineEnd();
        }
        line = _line;
        if (Peek(0) == End)
        {
            return false;
        }
        while (true)
        {
            _cell.Clear();
            if (Peek(0) == '"')
            {
                _position++;
                while (true)
                {
                    var c = Peek(0);
                    if (c == End)
                    {
                        error = ObservationCsvErrorCodes.QuoteUnterminated;
                        return true;
                    }
                    if (c == '"')
                    {
                        if (Peek(1) == '"')
                        {
                            _cell.Append('"');
                            _position += 2;
                            continue;
                        }
                        _position++;
                        break;
                    }
                    if (c is '\r' or '\n')
                    {
                        _cell.Append((char)c);
                        if (c == '\n' || Peek(1) != '\n')
                        {
                            _line++;
                        }
                        _position++;
                        continue;
                    }
                    _cell.Append((char)c);
                    _position++;
                }
                if (Peek(0) is not (End or ',' or '\r' or '\n'))
                {
                    error = ObservationCsvErrorCodes.QuoteInvalid;
                    SkipRestOfLine();
                    return true;
                }
            }
            else
            {
                while (true)
                {
                    var start = _position;
                    while (_position < _length && _buffer[_position] is not (',' or '\r' or '\n' or '"'))
                    {
                        _position++;
                    }
                    _cell.Append(_buffer, start, _position - start);
                    if (_position < _length || Peek(0) == End)
                    {
                        break;
                    }
                }
                if (Peek(0) == '"')
                {
                    error = ObservationCsvErrorCodes.QuoteInvalid;
                    SkipRestOfLine();
                    return true;
                }
            }
            fields.Add(Cell());
            var next = Peek(0);
            if (next == End)
            {
                return true;
            }
            if (next == ',')
            {
                _position++;
                continue;
            }
            SkipLineEnd();
            return true;
        }
    }

    private string Cell()
    {
        for (var i = 0; i < _cell.Length; i++)
        {
            if (_cell[i] > '\u007F')
            {
                return VietnameseText.ToNfc(_cell.ToString());
            }
        }
        return _cell.ToString();
    }

    /// <summary>The character <paramref name="ahead"/> places ahead (0 or 1), or <see cref="End"/>.</summary>
    private int Peek(int ahead)
    {
        if (_position + ahead < _length)
        {
            return _buffer[_position + ahead];
        }
        var remaining = _length - _position;
        Array.Copy(_buffer, _position, _buffer, 0, remaining);
        (_length, _position) = (remaining, 0);
        while (_length <= ahead)
        {
            var read = _reader.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                return End;
            }
            _length += read;
        }
        return _buffer[ahead];
    }

    private void SkipLineEnd()
    {
        if (Peek(0) == '\r' && Peek(1) == '\n')
        {
            _position++;
        }
        _position++;
        _line++;
    }

    private void SkipRestOfLine()
    {
        while (Peek(0) is not (End or '\r' or '\n'))
        {
            _position++;
        }
        if (Peek(0) != End)
        {
            SkipLineEnd();
        }
    }
}
