using System.Collections.Generic;
using System.Text;

namespace VnChildProtection.Domain.Indicators.Csv;

/// <summary>
/// Splits RFC 4180 text into records of unescaped fields, tracking the physical line each record starts on.
/// </summary>
/// <remarks>
/// Accepts CRLF, LF and lone CR line ends; skips empty lines. A malformed record is consumed up to the end of its
/// line (or of the text for an unterminated quote) so reading resumes at the next record.
/// </remarks>
internal sealed class RecordReader
{
    private readonly string _text;
    private readonly StringBuilder _cell = new();
    private int _position;
    private int _line = 1;

    public RecordReader(string text)
    {
        _text = text;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            _position = 1;
        }
    }

    /// <summary>Reads the next non-empty record into <paramref name="fields"/>.</summary>
    /// <returns>False at the end of the text.</returns>
    public bool Next(List<string> fields, out int line, out string? error)
    {
        fields.Clear();
        error = null;
        while (_position < _text.Length && _text[_position] is '\r' or '\n')
        {
            SkipLineEnd();
        }
        line = _line;
        if (_position >= _text.Length)
        {
            return false;
        }
        while (true)
        {
            _cell.Clear();
            if (_position < _text.Length && _text[_position] == '"')
            {
                _position++;
                while (true)
                {
                    if (_position >= _text.Length)
                    {
                        error = ObservationCsvErrorCodes.QuoteUnterminated;
                        return true;
                    }
                    var c = _text[_position];
                    if (c == '"')
                    {
                        if (_position + 1 < _text.Length && _text[_position + 1] == '"')
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
                        _cell.Append(c);
                        if (c == '\n' || _position + 1 >= _text.Length || _text[_position + 1] != '\n')
                        {
                            _line++;
                        }
                        _position++;
                        continue;
                    }
                    _cell.Append(c);
                    _position++;
                }
                if (_position < _text.Length && _text[_position] is not (',' or '\r' or '\n'))
                {
                    error = ObservationCsvErrorCodes.QuoteInvalid;
                    SkipRestOfLine();
                    return true;
                }
            }
            else
            {
                var start = _position;
                while (_position < _text.Length && _text[_position] is not (',' or '\r' or '\n' or '"'))
                {
                    _position++;
                }
                if (_position < _text.Length && _text[_position] == '"')
                {
                    error = ObservationCsvErrorCodes.QuoteInvalid;
                    SkipRestOfLine();
                    return true;
                }
                _cell.Append(_text, start, _position - start);
            }
            fields.Add(_cell.ToString());
            if (_position >= _text.Length)
            {
                return true;
            }
            if (_text[_position] == ',')
            {
                _position++;
                continue;
            }
            SkipLineEnd();
            return true;
        }
    }

    private void SkipLineEnd()
    {
        if (_text[_position] == '\r' && _position + 1 < _text.Length && _text[_position + 1] == '\n')
        {
            _position++;
        }
        _position++;
        _line++;
    }

    private void SkipRestOfLine()
    {
        while (_position < _text.Length && _text[_position] is not ('\r' or '\n'))
        {
            _position++;
        }
        if (_position < _text.Length)
        {
            SkipLineEnd();
        }
    }
}
