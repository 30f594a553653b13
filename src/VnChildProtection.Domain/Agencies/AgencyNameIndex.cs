using System;
using System.Collections.Generic;
using System.Linq;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Agencies;

/// <summary>
/// The precomputed matching structures behind <see cref="AgencyRegistry.Resolve"/>: a token trie of every name's
/// match key, a table of space-free keys for run-together abbreviations (<c>Sở VHTTDL</c> = <c>Sở VH-TT&amp;DL</c>),
/// and per-name keys and token sets for fuzzy ranking. Built once per registry; read-only afterwards.
/// </summary>
internal sealed class AgencyNameIndex
{
    internal const double AcceptThreshold = 0.85;
    internal const double AcceptMargin = 0.05;
    private const int MaxCandidates = 5;
    private const double MinCandidateScore = 0.3;
    private const int MaxQualifierTokens = 6;
    private const int MaxCompactTokens = 12;

    // First words of a place qualifier after an agency name: "Công an tỉnh Quảng Ninh", "Sở Y tế thành phố ...".
    private static readonly HashSet<string> PlaceMarkers = new(StringComparer.Ordinal)
    {
        "tinh", "thanh", "tp", "huyen", "quan", "thi", "xa", "phuong", "dac",
    };

    private readonly TrieNode root = new();
    private readonly Dictionary<string, Entry?> compact = new(StringComparer.Ordinal);
    private readonly Entry[] entries;

    internal AgencyNameIndex(IEnumerable<AgencyKind> kinds)
    {
        var byKey = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            foreach (var name in kind.AllNames)
            {
                var tokens = AgencyText.Tokenize(name).Select(t => t.Key).ToArray();
                var entry = new Entry(kind, name, tokens, string.Join(' ', tokens), new HashSet<string>(tokens, StringComparer.Ordinal));
                if (byKey.TryGetValue(entry.Key, out var existing))
                {
                    if (existing.Kind.Id != kind.Id)
                    {
                        throw new ArgumentException(
                            $"The name '{name}' of '{kind.Id}' has the same match key as '{existing.Name}' of '{existing.Kind.Id}'.", nameof(kinds));
                    }
                    continue;
                }
                byKey.Add(entry.Key, entry);
                var node = root;
                foreach (var token in tokens)
                {
                    node = node.Child(token);
                }
                node.Entry = entry;
                var compactKey = string.Concat(tokens);
                compact[compactKey] = compact.TryGetValue(compactKey, out var other) && other is not null && other.Kind.Id != kind.Id
                    ? null // ambiguous once spaces are removed: keep neither
                    : (other ?? entry);
            }
        }
        entries = byKey.Values.ToArray();
    }

    internal OneOf.OneOf<AgencyMatch, UnknownAgency> Resolve(string text)
    {
        var nfc = VietnameseText.Normalize(text);
        var tokens = AgencyText.Tokenize(nfc);
        if (tokens.Count == 0)
        {
            return new UnknownAgency([]);
        }
        var qualifierAt = QualifierPositions(nfc, tokens);
        return Exact(nfc, tokens, qualifierAt) ?? Fuzzy(nfc, tokens, qualifierAt);
    }

    /// <summary>The exact match (score 1) of the text, or null; never runs the fuzzy ranking.</summary>
    internal AgencyMatch? ResolveExact(string text)
    {
        var nfc = VietnameseText.Normalize(text);
        var tokens = AgencyText.Tokenize(nfc);
        return tokens.Count == 0 ? null : Exact(nfc, tokens, QualifierPositions(nfc, tokens));
    }

    /// <summary>
    /// Agency names inside running text, left to right, longest name first at each word. A name must start with a
    /// capital letter (so "cơ sở y tế", a health facility, is not "Sở Y tế"); a one-word name needs a capitalised
    /// word after it, or be a registered acronym written in capitals (so "Báo cáo" and "BÁO CÁO" are not a newspaper
    /// but "Báo An Giang" is, and "UBMTTQVN" is the Fatherland Front).
    /// </summary>
    internal List<AgencyMention> FindMentions(string text)
    {
        var nfc = VietnameseText.Normalize(text);
        var tokens = AgencyText.Tokenize(nfc);
        var caseInformative = nfc.Any(char.IsLower);
        var mentions = new List<AgencyMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var (entry, length) = LongestPrefix(tokens, i);
            if (entry is not null && IsMention(entry, tokens, i, length, caseInformative))
            {
                var start = tokens[i].Start;
                mentions.Add(new AgencyMention(entry.Kind, start, nfc[start..tokens[i + length - 1].End]));
                i += length;
            }
            else
            {
                i++;
            }
        }
        return mentions;
    }

    private static bool IsMention(Entry entry, List<AgencyText.Token> tokens, int start, int length, bool caseInformative)
    {
        if (!caseInformative)
        {
            return length > 1;
        }
        if (!tokens[start].Capitalised)
        {
            return false;
        }
        if (length > 1)
        {
            return true;
        }
        if (entry.IsAcronym || tokens[start].AllUpper)
        {
            // An acronym counts only in capitals; an ordinary word in capitals is a heading ("CHẾ ĐỘ BÁO CÁO").
            return entry.IsAcronym && tokens[start].AllUpper;
        }
        return start + 1 < tokens.Count && tokens[start + 1].Capitalised;
    }

    private AgencyMatch? Exact(string nfc, List<AgencyText.Token> tokens, bool[] qualifierAt)
    {
        var (entry, length) = LongestPrefix(tokens, 0);
        if (entry is null)
        {
            return null;
        }
        if (length == tokens.Count)
        {
            return new AgencyMatch(entry.Kind, entry.Name, 1.0, string.Empty);
        }
        return qualifierAt[length] ? new AgencyMatch(entry.Kind, entry.Name, 1.0, nfc[tokens[length].Start..].Trim()) : null;
    }

    // The longest registered name that the tokens from `start` begin with, by trie walk or space-free key.
    private (Entry? Entry, int Length) LongestPrefix(List<AgencyText.Token> tokens, int start)
    {
        Entry? found = null;
        var length = 0;
        var node = root;
        for (var i = start; i < tokens.Count && node.Children is not null && node.Children.TryGetValue(tokens[i].Key, out var next); i++)
        {
            node = next;
            if (node.Entry is not null)
            {
                found = node.Entry;
                length = i - start + 1;
            }
        }
        var limit = Math.Min(tokens.Count - start, MaxCompactTokens);
        var joined = string.Empty;
        for (var k = 1; k <= limit; k++)
        {
            joined += tokens[start + k - 1].Key;
            if (k > length && compact.TryGetValue(joined, out var entry) && entry is not null)
            {
                found = entry;
                length = k;
            }
        }
        return (found, length);
    }

    // Text after a name (from token m on) counts as a qualifier when it is short, looks like a place (a place word
    // or a capitalised proper name), is not a further list item (no comma or semicolon) and does not itself start
    // another agency's name ("Đài PT-TH An Giang; Báo An Giang"). Only the last few positions can qualify.
    private bool[] QualifierPositions(string nfc, List<AgencyText.Token> tokens)
    {
        var result = new bool[tokens.Count + 1];
        var agencyAfter = false;
        // In all-caps text ("CHẾ ĐỘ BÁO CÁO") a capital letter says nothing about a proper name.
        var caseInformative = nfc.Any(char.IsLower);
        for (var m = tokens.Count - 1; m >= Math.Max(1, tokens.Count - MaxQualifierTokens); m--)
        {
            agencyAfter |= LongestPrefix(tokens, m).Entry is not null;
            result[m] = !agencyAfter
                && (PlaceMarkers.Contains(tokens[m].Key) || (caseInformative && tokens[m].Capitalised))
                && nfc.AsSpan(tokens[m - 1].End).IndexOfAny(',', ';') < 0;
        }
        return result;
    }

    private OneOf.OneOf<AgencyMatch, UnknownAgency> Fuzzy(string nfc, List<AgencyText.Token> tokens, bool[] qualifierAt)
    {
        var keys = tokens.Select(t => t.Key).ToArray();
        var prefixes = Enumerable.Range(0, keys.Length + 1)
            .Select(m => m >= 1 && m < keys.Length && qualifierAt[m] ? Prepared(keys[..m]) : null)
            .ToArray();
        var wholePrepared = Prepared(keys);
        var best = new Dictionary<string, (Entry Entry, double Score, int Length)>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var score = Score(wholePrepared, entry);
            var length = keys.Length;
            for (var m = Math.Max(1, entry.Tokens.Length - 1); m <= entry.Tokens.Length + 1 && m < keys.Length; m++)
            {
                if (prefixes[m] is { } prefix)
                {
                    var prefixScore = Score(prefix, entry);
                    if (prefixScore > score)
                    {
                        (score, length) = (prefixScore, m);
                    }
                }
            }
            if (!best.TryGetValue(entry.Kind.Id, out var current) || score > current.Score)
            {
                best[entry.Kind.Id] = (entry, score, length);
            }
        }
        var ranked = best.Values
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Entry.Kind.Id, StringComparer.Ordinal)
            .ToArray();
        if (ranked.Length > 0
            && ranked[0].Score >= AcceptThreshold
            && (ranked.Length == 1 || ranked[1].Score <= ranked[0].Score - AcceptMargin))
        {
            var top = ranked[0];
            var qualifier = top.Length < tokens.Count ? nfc[tokens[top.Length].Start..].Trim() : string.Empty;
            return new AgencyMatch(top.Entry.Kind, top.Entry.Name, Math.Min(top.Score, 0.999), qualifier);
        }
        return new UnknownAgency(ranked
            .Where(x => x.Score >= MinCandidateScore)
            .Take(MaxCandidates)
            .Select(x => new AgencyCandidate(x.Entry.Kind, x.Entry.Name, Math.Round(x.Score, 4))));
    }

    // Half edit similarity of the keys, half token overlap; length ratio bounds edit similarity, so skip the
    // quadratic edit distance when it could not matter.
    private static double Score(PreparedKey input, Entry entry)
    {
        var dice = StringSimilarity.TokenDice(input.Tokens, entry.TokenSet);
        var ratio = (double)Math.Min(input.Key.Length, entry.Key.Length) / Math.Max(1, Math.Max(input.Key.Length, entry.Key.Length));
        if ((0.5 * ratio) + (0.5 * dice) < MinCandidateScore)
        {
            return 0.5 * dice;
        }
        var edit = ratio < 0.5 ? 0.0 : StringSimilarity.LevenshteinSimilarity(input.Key, entry.Key);
        return Math.Clamp((0.5 * edit) + (0.5 * dice), 0.0, 1.0);
    }

    private static PreparedKey Prepared(string[] keys) =>
        new(string.Join(' ', keys), new HashSet<string>(keys, StringComparer.Ordinal));

    private sealed record PreparedKey(string Key, HashSet<string> Tokens);

    private sealed record Entry(AgencyKind Kind, string Name, string[] Tokens, string Key, HashSet<string> TokenSet)
    {
        // A registered name written in capitals only (UBMTTQVN, SLĐTBXH, BYT) is an acronym.
        internal bool IsAcronym { get; } = !Name.Any(char.IsLower);
    }

    private sealed class TrieNode
    {
        internal Dictionary<string, TrieNode>? Children { get; private set; }

        internal Entry? Entry { get; set; }

        internal TrieNode Child(string token)
        {
            Children ??= new Dictionary<string, TrieNode>(StringComparer.Ordinal);
            if (!Children.TryGetValue(token, out var node))
            {
                node = new TrieNode();
                Children.Add(token, node);
            }
            return node;
        }
    }
}
