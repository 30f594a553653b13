using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// Laws and codes known by name (<em>Luật Trẻ em</em> = Law 102/2016/QH13): resolves a reference by
/// title and year to the numbered reference, and lets <see cref="CitationFinder"/> recognise a title cited
/// without a year (<c>theo quy định của Luật Trẻ em</c>).
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> holds the shipped, verified entries; build a registry with more entries
/// (or entries that override shipped ones) with <see cref="WithEntries"/>.</para>
/// <para>A title without a year resolves only when one entry has it: <c>Luật Ngân sách nhà nước</c> is
/// ambiguous between 83/2015/QH13 and 89/2025/QH15.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class KnownLawRegistry
{
    private readonly ImmutableArray<NumberedLegalReference> _entries;

    /// <summary>Creates a registry from numbered references that carry a title.</summary>
    /// <param name="entries">Each entry: a numbered reference to a law or code with <see cref="NumberedLegalReference.Title"/> set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or an entry is null.</exception>
    /// <exception cref="ArgumentException">An entry has no title or is not a law or code.</exception>
    public KnownLawRegistry(IEnumerable<NumberedLegalReference> entries)
    {
        Preconditions.CheckNotNull(entries);
        var list = new List<NumberedLegalReference>();
        foreach (var entry in entries)
        {
            Preconditions.CheckNotNull(entry, nameof(entries));
            Preconditions.CheckArgument(entry.Title is not null && (entry.Type == DocumentType.Law || entry.Type == DocumentType.Code), nameof(entries), "Each entry must be a law or code with a title.");
            // A later entry for the same document overrides an earlier one.
            list.RemoveAll(e => e.Equals(entry));
            list.Add(entry);
        }
        _entries = [.. list];
        FoldedTitles = _entries
            .Select(e => (Type: e.Type!, Title: e.Title!, Folded: VietnameseText.FoldKeepingLength(e.Title!)))
            .DistinctBy(t => (t.Type, t.Folded))
            .OrderByDescending(t => t.Folded.Length)
            .ToArray();
    }

    /// <summary>The shipped registry: Law on Children 2016 (102/2016/QH13), State Budget Law 2015 (83/2015/QH13) and 2025 (89/2025/QH15).</summary>
    public static KnownLawRegistry Default { get; } = new(KnownLawsData.Entries);

    /// <summary>The entries, each a numbered reference with title and adoption date.</summary>
    public IReadOnlyList<NumberedLegalReference> Entries => _entries;

    internal IReadOnlyList<(DocumentType Type, string Title, string Folded)> FoldedTitles { get; }

    /// <summary>Returns a new registry with <paramref name="entries"/> added; an entry for a document already present replaces it.</summary>
    /// <param name="entries">The extra entries (see the constructor for their shape).</param>
    /// <returns>The new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">An entry is malformed.</exception>
    public KnownLawRegistry WithEntries(IEnumerable<NumberedLegalReference> entries) => new(_entries.Concat(Preconditions.CheckNotNull(entries)));

    /// <summary>
    /// Finds the entry a reference denotes: for a named reference, the entry with the same kind and title
    /// (ignoring case and diacritics) and year, or the only entry with that title when the year is unknown;
    /// for a numbered reference, the equal entry (which adds the title).
    /// </summary>
    /// <param name="reference">The reference to resolve.</param>
    /// <param name="entry">The numbered entry, or null.</param>
    /// <returns>Whether exactly one entry matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    public bool TryResolve(LegalReference reference, [NotNullWhen(true)] out NumberedLegalReference? entry)
    {
        Preconditions.CheckNotNull(reference);
        NumberedLegalReference[] matches;
        if (reference is NamedLegalReference named)
        {
            var key = VietnameseText.ToMatchKey(named.Title);
            matches = [.. _entries.Where(e => e.Type == named.Type && VietnameseText.ToMatchKey(e.Title!) == key && (named.Year is null || e.Year == named.Year))];
        }
        else
        {
            matches = [.. _entries.Where(e => e.Equals(reference))];
        }
        entry = matches.Length == 1 ? matches[0] : null;
        return entry is not null;
    }
}
