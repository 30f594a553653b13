using System.Collections.Generic;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Word;

/// <summary>
/// Word's automatic list numbering (numbering.xml), computed the way Word displays it: one counter per level, levels
/// defined by an abstract numbering definition (<c>w:abstractNum</c>) and used through list instances (<c>w:num</c>).
/// </summary>
/// <remarks>
/// <para>
/// Counting rules (ECMA-376 part 1, 17.9): a level starts at its <c>w:start</c> value (0 when absent) and deeper levels
/// restart whenever a shallower level is used, unless <c>w:lvlRestart</c> says otherwise (0 = never; n = only when level
/// n or a shallower one is used). The running count belongs to the abstract definition, so list instances of one
/// definition continue one another, as in Word; an instance with a <c>w:startOverride</c> ("Restart numbering", "Set
/// numbering value", or a list pasted from another file) sets the shared count to its value where it first appears at
/// that level, and paragraphs of any instance of the definition count on from there.
/// </para>
/// <para>Not thread-safe: it holds the counters of one reading pass.</para>
/// </remarks>
internal sealed class WordNumbering
{
    private const int LevelCount = 9;

    private readonly Dictionary<int, WordListLevel[]> abstractLevels = [];
    private readonly Dictionary<int, ListInstance> instances = [];
    private readonly Dictionary<int, Counters> counters = [];
    private readonly HashSet<(int NumId, int Level)> overridesApplied = [];
    private readonly Styles? styles;

    public WordNumbering(MainDocumentPart main)
    {
        styles = main.StyleDefinitionsPart?.Styles;
        if (main.NumberingDefinitionsPart?.Numbering is not { } numbering)
        {
            return;
        }
        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is { } id)
            {
                abstractLevels[id] = ReadLevels(abstractNum.Elements<Level>());
            }
        }
        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            // A definition that only links to a numbering style takes the levels of the list that style applies.
            if (abstractNum.AbstractNumberId?.Value is { } id && abstractNum.NumberingStyleLink?.Val?.Value is { } link
                && abstractNum.Elements<Level>().All(l => l.LevelText is null)
                && StyleNumbering(link).NumId is { } linkedNum
                && numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == linkedNum)?.AbstractNumId?.Val?.Value is { } target
                && target != id && abstractLevels.TryGetValue(target, out var linked))
            {
                abstractLevels[id] = linked;
            }
        }
        foreach (var num in numbering.Elements<NumberingInstance>())
        {
            if (num.NumberID?.Value is not { } numId || num.AbstractNumId?.Val?.Value is not { } abstractId
                || !abstractLevels.TryGetValue(abstractId, out var levels))
            {
                continue;
            }
            var own = (WordListLevel[])levels.Clone();
            var starts = new int?[LevelCount];
            foreach (var levelOverride in num.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is not { } index || index is < 0 or >= LevelCount)
                {
                    continue;
                }
                if (levelOverride.Level is { } replacement)
                {
                    own[index] = WordListLevel.Read(replacement);
                }
                if (levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start)
                {
                    starts[index] = start;
                }
            }
            instances[numId] = new ListInstance(abstractId, own, starts);
        }
    }

    /// <summary>Advances the counters for <paramref name="paragraph"/> and returns its number text (e.g. <c>II. </c>), or "".</summary>
    public string Next(Paragraph paragraph)
    {
        var direct = paragraph.ParagraphProperties?.NumberingProperties;
        var styled = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } styleId ? StyleNumbering(styleId) : default;
        var numId = direct?.NumberingId?.Val?.Value ?? styled.NumId;
        var level = direct?.NumberingLevelReference?.Val?.Value ?? styled.Level ?? 0;
        if (numId is not { } id || !instances.TryGetValue(id, out var instance) || level is < 0 or >= LevelCount)
        {
            return "";
        }
        if (!counters.TryGetValue(instance.Key, out var state))
        {
            state = new Counters();
            counters[instance.Key] = state;
        }
        var definition = instance.Levels[level];
        if (instance.StartOverrides[level] is { } start && overridesApplied.Add((id, level)))
        {
            state.Values[level] = start;
        }
        else
        {
            state.Values[level] = state.Used[level] ? state.Values[level] + 1 : definition.Start;
        }
        state.Used[level] = true;
        for (var deeper = level + 1; deeper < LevelCount; deeper++)
        {
            var restart = instance.Levels[deeper].Restart;
            if (restart is null || (restart > 0 && level <= restart - 1))
            {
                state.Used[deeper] = false;
            }
        }
        return definition.Hidden ? "" : Render(instance.Levels, state, level);
    }

    private static string Render(WordListLevel[] levels, Counters state, int level)
    {
        var definition = levels[level];
        if (definition.Format == "bullet")
        {
            return BulletText(definition.Text) + definition.Suffix;
        }
        if (string.IsNullOrEmpty(definition.Text))
        {
            return "";
        }
        var builder = new StringBuilder();
        var text = definition.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var referenced = text[i + 1] - '1';
                var value = state.Used[referenced] ? state.Values[referenced] : levels[referenced].Start;
                var format = definition.Legal && referenced < level ? "decimal" : levels[referenced].Format;
                builder.Append(WordNumberFormat.Format(value, format));
                i++;
            }
            else
            {
                builder.Append(text[i]);
            }
        }
        return builder.Length == 0 ? "" : builder.Append(definition.Suffix).ToString();
    }

    // Bullets are usually a character of the Symbol or Wingdings font (private use area); the text shows a plain bullet.
    private static string BulletText(string? text) => text switch
    {
        null or "" => "",
        _ when text.All(c => c is >= '\uF000' and <= '\uF0FF') => "•",
        _ => text,
    };

    private static WordListLevel[] ReadLevels(IEnumerable<Level> levels)
    {
        var result = Enumerable.Repeat(WordListLevel.Empty, LevelCount).ToArray();
        foreach (var level in levels)
        {
            if (level.LevelIndex?.Value is { } index && index is >= 0 and < LevelCount)
            {
                result[index] = WordListLevel.Read(level);
            }
        }
        return result;
    }

    // Heading styles carry their numbering in styles.xml (w:pPr/w:numPr), inherited through w:basedOn.
    private (int? NumId, int? Level) StyleNumbering(string styleId)
    {
        int? numId = null;
        int? level = null;
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var current = styleId;
        while (current is not null && seen.Add(current) && styles is not null)
        {
            var style = styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == current);
            var numPr = style?.StyleParagraphProperties?.NumberingProperties;
            numId ??= numPr?.NumberingId?.Val?.Value;
            level ??= numPr?.NumberingLevelReference?.Val?.Value;
            current = style?.BasedOn?.Val?.Value;
        }
        return (numId, level);
    }

    private sealed record ListInstance(int Key, WordListLevel[] Levels, int?[] StartOverrides);

    private sealed class Counters
    {
        public int[] Values { get; } = new int[LevelCount];

        public bool[] Used { get; } = new bool[LevelCount];
    }
}

/// <summary>One level of a list definition (<c>w:lvl</c>): start value, number format, level text, restart rule.</summary>
internal sealed record WordListLevel(int Start, string Format, string? Text, int? Restart, bool Legal, string Suffix, bool Hidden)
{
    public static WordListLevel Empty { get; } = new(0, "decimal", null, null, false, " ", false);

    public static WordListLevel Read(Level level) => new(
        level.StartNumberingValue?.Val?.Value ?? 0,
        level.NumberingFormat?.Val?.InnerText ?? "decimal",
        level.LevelText?.Val?.Value,
        level.LevelRestart?.Val?.Value,
        level.IsLegalNumberingStyle is { } legal && (legal.Val is null || legal.Val.Value),
        level.LevelSuffix?.Val?.InnerText switch { "nothing" => "", _ => " " },
        level.NumberingSymbolRunProperties?.GetFirstChild<Vanish>() is { } vanish && (vanish.Val is null || vanish.Val.Value));
}
