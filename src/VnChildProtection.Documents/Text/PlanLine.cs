using System.Text;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// One line of a plan's text: its position and its content with Markdown heading marks, emphasis and list bullets
/// removed and Unicode normalised, for matching. Spans always refer to the raw line.
/// </summary>
internal readonly record struct PlanLine(int Number, int Start, int Length, string Clean)
{
    public bool IsBlank => Clean.Length == 0;

    public static PlanLine Read(SourceText source, int lineNumber)
    {
        var raw = source.GetLine(lineNumber);
        return new PlanLine(lineNumber, source.GetLineStart(lineNumber), raw.Length, CleanText(raw));
    }

    // Markdown from converted Word files marks headings with #, bold with ** and italics with * or _; none of them is
    // content. Footnote markers such as [1] are kept: citations next to them are still found.
    internal static string CleanText(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length && (raw[i] == '#' || raw[i] == '>' || char.IsWhiteSpace(raw[i])))
        {
            i++;
        }
        for (; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '*' || (c == '_' && (i == 0 || i == raw.Length - 1 || !char.IsLetterOrDigit(raw[i - 1]) || !char.IsLetterOrDigit(raw[i + 1]))))
            {
                continue;
            }
            builder.Append(c);
        }
        return VietnameseText.Normalize(builder.ToString());
    }
}
