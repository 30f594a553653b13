using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using NodaTime;
using OneOf;
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
/// <para>The registry also knows the laws' currency: each entry's status (<see cref="StatusOf"/>: in force from, number of
/// articles, how it was verified) and the amendments (<see cref="Amendments"/>: the Law on Children 102/2016/QH13 as
/// amended by Law 28/2018/QH14 art. 11 from 1/1/2019), so <see cref="GoverningInstruments"/> answers which instruments
/// govern an article on a date. No other amendment of the Law on Children was found in its consolidated text to May 2026;
/// a host that learns of one adds it with <see cref="WithAmendments"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class KnownLawRegistry
{
    private readonly ImmutableArray<NumberedLegalReference> _entries;
    private readonly ImmutableArray<LawAmendment> _amendments;
    private readonly ImmutableDictionary<LegalReference, KnownLawStatus> _statuses;

    /// <summary>Creates a registry from numbered references that carry a title.</summary>
    /// <param name="entries">Each entry: a numbered reference to a law or code with <see cref="NumberedLegalReference.Title"/> set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> or an entry is null.</exception>
    /// <exception cref="ArgumentException">An entry has no title or is not a law or code.</exception>
    public KnownLawRegistry(IEnumerable<NumberedLegalReference> entries)
        : this(entries, [], ImmutableDictionary<LegalReference, KnownLawStatus>.Empty)
    {
    }

    private KnownLawRegistry(IEnumerable<NumberedLegalReference> entries, ImmutableArray<LawAmendment> amendments, ImmutableDictionary<LegalReference, KnownLawStatus> statuses)
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
        _amendments = amendments;
        _statuses = statuses;
    }

    /// <summary>The shipped registry: Law on Children 2016 (102/2016/QH13), State Budget Law 2015 (83/2015/QH13) and 2025 (89/2025/QH15).</summary>
    public static KnownLawRegistry Default { get; } = new(KnownLawsData.Entries, [.. KnownLawCurrencyData.Amendments],
        KnownLawCurrencyData.Statuses.ToImmutableDictionary(s => s.Law, s => s.Status));

    /// <summary>The entries, each a numbered reference with title and adoption date.</summary>
    public IReadOnlyList<NumberedLegalReference> Entries => _entries;

    internal IReadOnlyList<(DocumentType Type, string Title, string Folded)> FoldedTitles { get; }

    /// <summary>Returns a new registry with <paramref name="entries"/> added; an entry for a document already present replaces it.</summary>
    /// <param name="entries">The extra entries (see the constructor for their shape).</param>
    /// <returns>The new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">An entry is malformed.</exception>
    public KnownLawRegistry WithEntries(IEnumerable<NumberedLegalReference> entries) =>
        new(_entries.Concat(Preconditions.CheckNotNull(entries)), _amendments, _statuses);

    /// <summary>The amendments the registry knows, in the order given.</summary>
    public IReadOnlyList<LawAmendment> Amendments => _amendments;

    /// <summary>Returns a new registry with more amendments (of entries of this registry).</summary>
    /// <param name="amendments">The amendments; an equal amendment already present is not added twice.</param>
    /// <returns>The new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amendments"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">An amendment's <see cref="LawAmendment.Amended"/> is not an entry.</exception>
    public KnownLawRegistry WithAmendments(IEnumerable<LawAmendment> amendments)
    {
        var added = Preconditions.CheckNotNull(amendments).Select(a => Preconditions.CheckNotNull(a, nameof(amendments))).ToList();
        Preconditions.CheckArgument(added.All(a => _entries.Any(e => e.Equals(a.Amended))), nameof(amendments), "An amended law must be an entry of the registry.");
        return new(_entries, [.. _amendments.Concat(added).Distinct()], _statuses);
    }

    /// <summary>Returns a new registry in which an entry has a status (in force from, article count, verification).</summary>
    /// <param name="entry">An entry of the registry.</param>
    /// <param name="status">Its status, replacing any shipped one.</param>
    /// <returns>The new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="entry"/> is not an entry.</exception>
    public KnownLawRegistry WithStatus(LegalReference entry, KnownLawStatus status)
    {
        Preconditions.CheckNotNull(entry);
        Preconditions.CheckNotNull(status);
        Preconditions.CheckArgument(_entries.Any(e => e.Equals(entry)), nameof(entry), "The law is not an entry of the registry.");
        return new(_entries, _amendments, _statuses.SetItem(entry, status));
    }

    /// <summary>An entry's status: in force from, number of articles and how it was verified.</summary>
    /// <param name="entry">An entry (or a reference equal to one).</param>
    /// <returns>The status, or null when the registry has none for it (an entry a host added without one).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public KnownLawStatus? StatusOf(LegalReference entry) => _statuses.GetValueOrDefault(Preconditions.CheckNotNull(entry));

    /// <summary>The amendments of a law (amended by), oldest first.</summary>
    /// <param name="law">The law amended.</param>
    /// <returns>The amendments; empty when none is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="law"/> is null.</exception>
    public IReadOnlyList<LawAmendment> AmendmentsOf(LegalReference law)
    {
        Preconditions.CheckNotNull(law);
        return [.. _amendments.Where(a => a.Amended.Equals(law)).OrderBy(a => a.InForceFrom)];
    }

    /// <summary>The amendments an instrument makes (amends), oldest first.</summary>
    /// <param name="amending">The amending instrument, such as Law 28/2018/QH14.</param>
    /// <returns>The amendments; empty when none is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amending"/> is null.</exception>
    public IReadOnlyList<LawAmendment> AmendmentsBy(LegalReference amending)
    {
        Preconditions.CheckNotNull(amending);
        return [.. _amendments.Where(a => a.Amending.Equals(amending)).OrderBy(a => a.InForceFrom)];
    }

    /// <summary>
    /// Which instruments govern article <paramref name="article"/> of a law as in force on <paramref name="date"/>: the
    /// law, then every amendment of that article in force by then.
    /// </summary>
    /// <param name="law">The law, numbered or by title (resolved as <see cref="TryResolve"/> does).</param>
    /// <param name="article">The article number.</param>
    /// <param name="date">The date.</param>
    /// <returns>The instruments; or an error with a <see cref="LawCurrencyErrorCodes"/> code when the law is unknown, the
    /// article is not one of the law's, or the law was not yet in force.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="law"/> is null.</exception>
    public OneOf<ArticleGovernance, LawLookupError> GoverningInstruments(LegalReference law, int article, LocalDate date)
    {
        Preconditions.CheckNotNull(law);
        if (!TryResolve(law, out var entry))
        {
            return new LawLookupError(LawCurrencyErrorCodes.LawUnknown, "The law is not in the registry, or its title matches more than one entry.");
        }
        var status = _statuses.GetValueOrDefault(entry!);
        if (article < 1 || (status?.ArticleCount is int count && article > count))
        {
            return new LawLookupError(LawCurrencyErrorCodes.ArticleUnknown, string.Create(CultureInfo.InvariantCulture,
                $"The law has no article {article}{(status?.ArticleCount is int n ? " (it has " + n.ToString(CultureInfo.InvariantCulture) + ")" : "")}."));
        }
        if (status?.InForceFrom is LocalDate from && date < from)
        {
            return new LawLookupError(LawCurrencyErrorCodes.NotYetInForce, string.Create(CultureInfo.InvariantCulture,
                $"The law is in force from {from:uuuu-MM-dd}, after {date:uuuu-MM-dd}."));
        }
        return new ArticleGovernance(entry!, article, date, [.. AmendmentsOf(entry!).Where(a => a.Governs(article, date))]);
    }

    /// <summary>The registry's dated facts, as rows of the law-currency table: one per entry with a status, one per amendment.</summary>
    public IReadOnlyList<DatedLegalFact> Facts =>
    [
        .. _entries.Where(_statuses.ContainsKey).Select(e => new DatedLegalFact(
            e.ToString(), "law \"" + e.Title + "\"" + Describe(_statuses[e]), _statuses[e].InForceFrom, _statuses[e].Verification)),
        .. _amendments.Select(a => new DatedLegalFact(
            a.Amending + (a.AmendingArticle is { } n ? ", Điều " + n.ToString(CultureInfo.InvariantCulture) : ""),
            "amends " + a.Amended + " arts " + string.Join(", ", a.Articles), a.InForceFrom, a.Verification)),
    ];

    private static string Describe(KnownLawStatus status) =>
        (status.InForceFrom is null ? "; in-force date not recorded" : "; in force")
        + (status.ArticleCount is int n ? string.Create(CultureInfo.InvariantCulture, $"; {n} articles") : "");

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
