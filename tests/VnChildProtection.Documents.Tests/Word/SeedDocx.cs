using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Documents.Tests.Word;

/// <summary>
/// Turns a seed plan (text or Markdown copied from the web) back into the Word file its author would have had: a
/// paragraph per block of lines, Markdown bold and italics as run formatting, Roman section headings, numbered and
/// lettered lists and dash bullets as real Word numbering (the typed label removed, numbering.xml produces it), the
/// issuer/motto block as a borderless table, the website's property block as a bordered table, and footnote [1] of
/// seed 002 as a real footnote.
/// </summary>
/// <remarks>
/// Out-of-order headings are written the way they arise in real files. A heading whose number skips ahead or goes back
/// (seed 002: III after I; seed 000: III after IV) starts a new list instance with a start override: Word's "Restart
/// numbering"/"Set numbering value", or a section pasted from another plan, which brings its own list. A heading that
/// repeats the previous number (seed 001: V after V) cannot come from automatic numbering, so it was typed by hand and
/// stays literal text. Decimal and lettered items use the sections list's levels 2 and 3 (restarting under each
/// section) when their typed label is the next number; otherwise the label stays literal.
/// </remarks>
internal static partial class SeedDocx
{
    private static readonly string[] PropertyLabels = ["Loại văn bản:", "Người ký:", "Ngày hiệu lực:", "Số công báo:"];

    public static byte[] Create(int seed) => Build(SeedCorpus.ReadSeed(seed)).ToBytes();

    public static DocxBuilder Build(string text)
    {
        var builder = new DocxBuilder();
        var (sectionsAbstract, sectionsNum) = builder.AddList(
            DocxBuilder.Level(0, "upperRoman", "%1."),
            DocxBuilder.Level(1, "decimal", "%2."),
            DocxBuilder.Level(2, "lowerLetter", "%3)"));
        var (_, bulletNum) = builder.AddList(DocxBuilder.Level(0, "bullet", "-"));
        var blocks = Blocks(text);
        var footnotes = blocks.Where(b => FootnoteText().IsMatch(b)).ToDictionary(b => FootnoteText().Match(b).Groups[1].Value, b => FootnoteText().Match(b).Groups[2].Value);
        var current = sectionsNum;
        int section = 0, item = 0, letter = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (FootnoteText().IsMatch(block))
            {
                continue;
            }
            if (i + 1 < blocks.Count && Clean(blocks[i + 1]).StartsWith("CỘNG HÒA XÃ HỘI", StringComparison.Ordinal))
            {
                builder.Add(DocxBuilder.Table(false, [Clean(block), Clean(blocks[i + 1])]));
                i++;
                continue;
            }
            if (block.StartsWith("Số hiệu:", StringComparison.Ordinal))
            {
                builder.Add(DocxBuilder.Table(true, block.Split('\n').Select(SplitProperties).ToArray()));
                continue;
            }
            var content = block.TrimStart('#', ' ');
            var stripped = content.TrimStart('*', ' ');
            int? numId = null;
            var level = 0;
            if (Roman().Match(stripped) is { Success: true } roman && Domain.Text.RomanNumeral.TryParse(roman.Groups[1].Value, out var typed))
            {
                if (typed == section + 1)
                {
                    numId = current;
                }
                else if (typed != section)
                {
                    current = builder.AddInstance(sectionsAbstract, (0, typed));
                    numId = current;
                }
                if (numId is not null)
                {
                    section = typed;
                    item = 0;
                    letter = 0;
                }
            }
            else if (Decimal().Match(stripped) is { Success: true } number && int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) == item + 1)
            {
                numId = current;
                level = 1;
                item++;
                letter = 0;
            }
            else if (Letter().Match(stripped) is { Success: true } lettered && lettered.Groups[1].Value[0] == (char)('a' + letter))
            {
                numId = current;
                level = 2;
                letter++;
            }
            else if (stripped.StartsWith("- ", StringComparison.Ordinal))
            {
                numId = bulletNum;
            }
            if (numId is not null)
            {
                // Drop the typed label (and the Markdown emphasis marks before it): Word's numbering writes it.
                var label = Label().Match(stripped).Length;
                content = content[..(content.Length - stripped.Length)] + stripped[label..];
            }
            // Section headings are bold in the authors' files, whether or not the web copy kept the emphasis.
            var heading = numId is not null && numId != bulletNum && level == 0;
            builder.Add(DocxBuilder.Paragraph(Runs(heading ? content.Replace("*", "", StringComparison.Ordinal) : content, builder, footnotes, heading), numId, level));
        }
        return builder;
    }

    // Blocks of consecutive non-blank lines: one Word paragraph each, their line breaks kept as w:br.
    private static List<string> Blocks(string text)
    {
        var blocks = new List<string>();
        var lines = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Append(""))
        {
            if (line.Trim().Length == 0)
            {
                if (lines.Count > 0)
                {
                    blocks.Add(string.Join('\n', lines));
                    lines.Clear();
                }
                continue;
            }
            lines.Add(line.TrimEnd());
        }
        return blocks;
    }

    private static string Clean(string block) => block.Replace("*", "", StringComparison.Ordinal).TrimStart('#', ' ');

    private static string[] SplitProperties(string line)
    {
        foreach (var label in PropertyLabels)
        {
            var at = line.IndexOf(" " + label, StringComparison.Ordinal);
            if (at > 0)
            {
                return [line[..at], line[(at + 1)..]];
            }
        }
        return [line];
    }

    // Markdown **bold** and *italic* become run formatting; [n] markers become footnote references.
    private static IEnumerable<OpenXmlElement> Runs(string content, DocxBuilder builder, Dictionary<string, string> footnotes, bool bold)
    {
        var italic = false;
        foreach (var token in Emphasis().Split(content))
        {
            switch (token)
            {
                case "**":
                    bold = !bold;
                    continue;
                case "*":
                    italic = !italic;
                    continue;
                case "":
                    continue;
            }
            var rest = token;
            while (Marker().Match(rest) is { Success: true } marker && footnotes.TryGetValue(marker.Groups[1].Value, out var note))
            {
                if (marker.Index > 0)
                {
                    yield return DocxBuilder.TextRun(rest[..marker.Index], bold, italic);
                }
                yield return builder.Footnote(note);
                rest = rest[(marker.Index + marker.Length)..];
            }
            if (rest.Length > 0)
            {
                yield return DocxBuilder.TextRun(rest, bold, italic);
            }
        }
    }

    [GeneratedRegex(@"^([IVX]+)\.\s")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(\d+)\.\s")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^([a-z])\)\s")]
    private static partial Regex Letter();

    [GeneratedRegex(@"^(?:[IVX]+\.|\d+\.|[a-z]\)|-)\s+")]
    private static partial Regex Label();

    [GeneratedRegex(@"(\*\*|\*)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\[(\d+)\]\s+(.*)$", RegexOptions.Singleline)]
    private static partial Regex FootnoteText();
}
