using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// A logical paragraph of a plan: one or more source lines joined where a sentence was hard-wrapped, cleaned of
/// Markdown marks and footnote markers and normalised to NFC, with a map from every clean character back to the raw
/// text so that spans of clauses found in the clean text point at the original characters.
/// </summary>
internal sealed class PlanParagraph
{
    private readonly int[] starts;
    private readonly int[] ends;

    private PlanParagraph(string clean, int[] starts, int[] ends, int firstLine, int lastLine)
    {
        Clean = clean;
        this.starts = starts;
        this.ends = ends;
        FirstLine = firstLine;
        LastLine = lastLine;
    }

    public string Clean { get; }

    public int FirstLine { get; }

    public int LastLine { get; }

    public int RawStart => starts.Length == 0 ? 0 : starts[0];

    public SourceSpan Span(SourceText source) => Span(source, 0, Clean.Length);

    /// <summary>The raw span of <paramref name="length"/> clean characters at <paramref name="start"/>.</summary>
    public SourceSpan Span(SourceText source, int start, int length)
    {
        if (Clean.Length == 0)
        {
            return SourceSpan.In(source, Math.Min(RawStart, source.Text.Length), 0);
        }
        start = Math.Clamp(start, 0, Clean.Length - 1);
        length = Math.Clamp(length, 1, Clean.Length - start);
        var rawStart = starts[start];
        var rawEnd = Math.Max(rawStart, ends[start + length - 1]);
        return SourceSpan.In(source, rawStart, Math.Min(rawEnd, source.Text.Length) - rawStart);
    }

    public override string ToString() => Clean;

    /// <summary>One text element in NFC; a lone surrogate cannot be normalised and is kept as it is rather than lost.</summary>
    internal static string Nfc(string element) =>
        ReferenceEquals(VietnameseText.ReplaceInvalidCharacters(element), element) ? VietnameseText.ToNfc(element) : element;

    /// <summary>Splits <paramref name="source"/> into paragraphs.</summary>
    /// <remarks>
    /// A blank line ends a paragraph unless the paragraph stops mid-sentence (no closing punctuation) and the next
    /// non-blank line starts with a lower-case letter: converted Word files break sentences across blank lines
    /// (seed 003's obesity clause, seed 000's <c>Trang tin</c> / <c>điện tử</c>).
    /// </remarks>
    public static IReadOnlyList<PlanParagraph> ReadAll(SourceText source)
    {
        var lines = new List<Builder>();
        for (var n = 1; n <= source.LineCount; n++)
        {
            lines.Add(Builder.FromLine(source, n));
        }
        var result = new List<PlanParagraph>();
        Builder? current = null;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }
            if (current is not null && current.ContinuesWith(line))
            {
                current.Append(line);
                continue;
            }
            if (current is not null)
            {
                result.Add(current.Build());
            }
            current = line;
        }
        if (current is not null)
        {
            result.Add(current.Build());
        }
        return result;
    }

    private sealed class Builder
    {
        private readonly StringBuilder text = new();
        private readonly List<int> starts = new();
        private readonly List<int> ends = new();

        private int firstLine;
        private int lastLine;

        public bool IsBlank => text.Length == 0;

        public static Builder FromLine(SourceText source, int number)
        {
            var builder = new Builder { firstLine = number, lastLine = number };
            var raw = source.GetLine(number);
            var offset = source.GetLineStart(number);
            builder.AddClean(raw, offset);
            return builder;
        }

        public bool ContinuesWith(Builder next)
        {
            if (text.Length == 0 || next.text.Length == 0)
            {
                return false;
            }
            var last = text[^1];
            if (".;:!?)”\"…]".Contains(last, StringComparison.Ordinal))
            {
                return false;
            }
            var first = next.text[0];
            // "a) Mục tiêu 1" after "2. Mục tiêu cụ thể" starts a lettered item, not the rest of a sentence.
            var lettered = next.text.Length > 1 && (next.text[1] == ')' || (next.text[1] == '.' && next.text.Length > 2 && next.text[2] == ' '));
            return char.IsLetter(first) && char.IsLower(first) && !lettered;
        }

        public void Append(Builder next)
        {
            text.Append(' ');
            starts.Add(next.starts[0]);
            ends.Add(next.starts[0]);
            text.Append(next.text);
            starts.AddRange(next.starts);
            ends.AddRange(next.ends);
            lastLine = next.lastLine;
        }

        public PlanParagraph Build() => new(text.ToString(), starts.ToArray(), ends.ToArray(), firstLine, lastLine);

        // Leading heading marks (#, >), emphasis (*, _ between non-letters), footnote markers ([1]) and runs of
        // whitespace are dropped; each text element is NFC-normalised on its own so every clean character keeps
        // the raw offsets of the element it came from.
        private void AddClean(string raw, int offset)
        {
            var i = 0;
            while (i < raw.Length && (raw[i] == '#' || raw[i] == '>' || char.IsWhiteSpace(raw[i]) || raw[i] == '*'))
            {
                i++;
            }
            var pendingSpace = false;
            var enumerator = StringInfo.GetTextElementEnumerator(raw, i);
            while (enumerator.MoveNext())
            {
                var element = (string)enumerator.Current;
                var at = enumerator.ElementIndex;
                var c = element[0];
                if (element.Length == 1 && (c == '*' || (c == '_' && IsEmphasisUnderscore(raw, at))))
                {
                    continue;
                }
                if (c == '[' && FootnoteLength(raw, at) is var footnote and > 0)
                {
                    SkipElements(enumerator, footnote - 1);
                    continue;
                }
                if (element.Length == 1 && (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF'))
                {
                    pendingSpace = text.Length > 0;
                    continue;
                }
                if (pendingSpace)
                {
                    text.Append(' ');
                    starts.Add(offset + at);
                    ends.Add(offset + at);
                    pendingSpace = false;
                }
                foreach (var ch in Nfc(element))
                {
                    text.Append(ch);
                    starts.Add(offset + at);
                    ends.Add(offset + at + element.Length);
                }
            }
        }

        private static bool IsEmphasisUnderscore(string raw, int at) =>
            at == 0 || at == raw.Length - 1 || !char.IsLetterOrDigit(raw[at - 1]) || !char.IsLetterOrDigit(raw[at + 1]);

        private static int FootnoteLength(string raw, int at)
        {
            var j = at + 1;
            while (j < raw.Length && j - at <= 3 && char.IsAsciiDigit(raw[j]))
            {
                j++;
            }
            return j > at + 1 && j < raw.Length && raw[j] == ']' ? j - at + 1 : 0;
        }

        private static void SkipElements(TextElementEnumerator enumerator, int count)
        {
            for (var k = 0; k < count && enumerator.MoveNext(); k++)
            {
            }
        }
    }
}
