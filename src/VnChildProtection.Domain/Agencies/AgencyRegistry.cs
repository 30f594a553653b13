using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Agencies;

/// <summary>
/// An immutable, effective-dated set of agency kinds (cơ quan) with a name resolver and succession rules:
/// "which kind does this text name?" and "which body holds subject S of agency A on date D?".
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> ships the national ministries and provincial, district and commune actors that
/// provincial child-protection plans name (<see cref="AgencyData"/>), including the 2025 reorganisation. Build a
/// variant with <see cref="WithKinds"/> (add or replace kinds by id, e.g. a province whose departments merged
/// differently) and <see cref="WithAliases"/>.</para>
/// <para>All name keys are computed when the registry is built, so <see cref="Resolve"/> does no per-call
/// preparation of the registered names.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AgencyRegistry
{
    private const int SplitLookahead = 4;

    private readonly Dictionary<string, AgencyKind> byId;
    private readonly AgencyNameIndex index;

    /// <summary>Builds a registry.</summary>
    /// <param name="kinds">The agency kinds; ids must be unique and every successor id must be present.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kinds"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">Duplicate ids, a successor missing from the set, a succession cycle, or two
    /// kinds with names of the same match key.</exception>
    public AgencyRegistry(IEnumerable<AgencyKind> kinds)
    {
        Kinds = Preconditions.CheckNotNull(kinds).Select(k => Preconditions.CheckNotNull(k)).ToArray();
        byId = new Dictionary<string, AgencyKind>(StringComparer.Ordinal);
        foreach (var kind in Kinds)
        {
            Preconditions.CheckArgument(byId.TryAdd(kind.Id, kind), nameof(kinds), $"Duplicate agency id '{kind.Id}'.");
        }
        foreach (var succession in Kinds.SelectMany(k => k.Successions))
        {
            Preconditions.CheckArgument(
                byId.ContainsKey(succession.SuccessorId), nameof(kinds), $"Unknown successor id '{succession.SuccessorId}'.");
        }
        CheckAcyclic();
        index = new AgencyNameIndex(Kinds);
    }

    /// <summary>The registry of shipped data (<see cref="AgencyData"/>).</summary>
    public static AgencyRegistry Default { get; } = new(AgencyData.All);

    /// <summary>Every agency kind, in data order.</summary>
    public IReadOnlyList<AgencyKind> Kinds { get; }

    /// <summary>Gets the kind with the given id.</summary>
    /// <param name="id">The id, e.g. <c>so-y-te</c>.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="KeyNotFoundException">No kind has this id.</exception>
    public AgencyKind this[string id] =>
        TryGet(id, out var kind) ? kind : throw new KeyNotFoundException($"No agency kind with id '{id}'.");

    /// <summary>Looks a kind up by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="kind">The kind, when found.</param>
    /// <returns>Whether the id is registered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AgencyKind? kind) =>
        byId.TryGetValue(Preconditions.CheckNotNull(id), out kind);

    /// <summary>The kinds in existence on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The kinds valid on <paramref name="date"/>, in data order.</returns>
    public IReadOnlyList<AgencyKind> ValidOn(LocalDate date) => Kinds.Where(k => k.IsValidOn(date)).ToArray();

    /// <summary>Returns a registry with the given kinds added, replacing kinds with the same id.</summary>
    /// <param name="kinds">The kinds to add or replace.</param>
    /// <returns>The new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kinds"/> is null.</exception>
    /// <exception cref="ArgumentException">The result is inconsistent (see the constructor).</exception>
    public AgencyRegistry WithKinds(IEnumerable<AgencyKind> kinds)
    {
        var replacements = Preconditions.CheckNotNull(kinds).ToDictionary(k => Preconditions.CheckNotNull(k).Id, StringComparer.Ordinal);
        var merged = Kinds.Select(k => replacements.Remove(k.Id, out var replacement) ? replacement : k).ToList();
        merged.AddRange(replacements.Values);
        return new AgencyRegistry(merged);
    }

    /// <summary>
    /// Returns a registry where the kind <paramref name="id"/> has extra aliases. An alias that is already an alias
    /// of another kind moves to this kind (an override).
    /// </summary>
    /// <param name="id">The kind to extend.</param>
    /// <param name="aliases">The aliases.</param>
    /// <returns>The new registry; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="id"/> is not registered.</exception>
    /// <exception cref="ArgumentException">An alias equals another kind's name or abbreviation.</exception>
    public AgencyRegistry WithAliases(string id, IEnumerable<string> aliases)
    {
        var target = this[Preconditions.CheckNotNull(id)];
        var added = Preconditions.CheckNotNull(aliases).ToArray();
        var keys = new HashSet<string>(added.Select(a => VietnameseText.ToMatchKey(Preconditions.CheckNotNull(a))), StringComparer.Ordinal);
        var kinds = Kinds.Select(k => k.Id == id ? target.WithAliases(added) : k.WithoutAliasKeys(keys));
        return new AgencyRegistry(kinds);
    }

    /// <summary>
    /// Resolves a written agency name to its kind: exact (accent-, case-, punctuation-, dash- and tone-placement-
    /// insensitive, NFD accepted) with an optional place qualifier (<c>Sở Y tế tỉnh An Giang</c>), or a close
    /// misspelling; otherwise a typed <see cref="UnknownAgency"/> with ranked candidates.
    /// </summary>
    /// <param name="text">One agency name as written. Never throws for any non-null string.</param>
    /// <returns>The match or the unknown result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <remarks>A misspelling is accepted when its score is at least 0.85 and beats the next kind by 0.05.
    /// Lists of names are the job of <see cref="ResolveList"/>.</remarks>
    public OneOf<AgencyMatch, UnknownAgency> Resolve(string text) => index.Resolve(Preconditions.CheckNotNull(text));

    /// <summary>Convenience form of <see cref="Resolve"/>.</summary>
    /// <param name="text">One agency name as written.</param>
    /// <param name="match">The match, when resolved.</param>
    /// <returns>Whether the name resolved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public bool TryResolve(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AgencyMatch? match)
    {
        var result = Resolve(text);
        match = result.IsT0 ? result.AsT0 : null;
        return match is not null;
    }

    /// <summary>
    /// Splits a list of agency names (<c>Sở Giáo dục và Đào tạo, Sở Y tế, Công an tỉnh</c>) and resolves each item.
    /// Commas, semicolons and dashes inside a name (<c>Sở Văn hóa, Thể thao và Du lịch</c>,
    /// <c>Sở Lao động - Thương binh và Xã hội</c>) are kept: the longest run of pieces that is an exact name wins.
    /// </summary>
    /// <param name="text">The list as written.</param>
    /// <returns>One result per item, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<OneOf<AgencyMatch, UnknownAgency>> ResolveList(string text)
    {
        var nfc = VietnameseText.Normalize(Preconditions.CheckNotNull(text));
        var pieces = SplitPieces(nfc);
        var results = new List<OneOf<AgencyMatch, UnknownAgency>>();
        var i = 0;
        while (i < pieces.Count)
        {
            var taken = false;
            for (var j = Math.Min(pieces.Count - 1, i + SplitLookahead); j >= i && !taken; j--)
            {
                var candidate = index.ResolveExact(nfc[pieces[i].Start..pieces[j].End]);
                if (candidate is not null)
                {
                    results.Add(candidate);
                    i = j + 1;
                    taken = true;
                }
            }
            if (!taken)
            {
                results.Add(Resolve(nfc[pieces[i].Start..pieces[i].End]));
                i++;
            }
        }
        return results;
    }

    /// <summary>
    /// Finds the agency names inside running text (a sentence or a whole plan), e.g. the Department of Labour and
    /// the provincial People's Committee in "báo cáo về Sở Lao động - Thương binh và Xã hội để tổng hợp báo cáo UBND tỉnh".
    /// </summary>
    /// <param name="text">Any text. Never throws for a non-null string.</param>
    /// <returns>The mentions, in text order; positions index <c>VietnameseText.Normalize(text)</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <remarks>
    /// <para>Only exact names (accent-, case-, punctuation- and dash-insensitive) are found, longest first. In
    /// mixed-case text a name must start with a capital letter, so "cơ sở y tế" (a health facility) and
    /// "cán bộ y tế" are not "Sở Y tế" / "Bộ Y tế"; a one-word name must be a registered acronym written in
    /// capitals (<c>UBMTTQVN</c>; issuer codes inside document numbers such as <c>TT-BTC</c> count as mentions of the
    /// issuing body) or be followed by a capitalised word (<c>Báo An Giang</c>, not <c>Báo cáo</c>).
    /// All-caps text only yields names of two or more words.</para>
    /// </remarks>
    public IReadOnlyList<AgencyMention> FindMentions(string text) => index.FindMentions(Preconditions.CheckNotNull(text));

    /// <summary>
    /// Which agency kind holds <paramref name="subject"/> of <paramref name="kind"/> on <paramref name="date"/>,
    /// following successions: a 2023 responsibility of the Department of Labour, Invalids and Social Affairs for
    /// child affairs resolves to the Department of Health in 2026.
    /// </summary>
    /// <param name="kind">The agency kind named in the document.</param>
    /// <param name="subject">The subject area of the responsibility.</param>
    /// <param name="date">The date of interest.</param>
    /// <returns>The holding kind, or a typed <see cref="NoAgencyHolder"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="subject"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not in this registry.</exception>
    /// <remarks>A transfer of the specific subject applies from its date even while the kind exists; the
    /// <see cref="AgencySubject.General"/> transfer applies once the kind has ended.</remarks>
    public OneOf<AgencyKind, NoAgencyHolder> HolderOn(AgencyKind kind, AgencySubject subject, LocalDate date)
    {
        Preconditions.CheckNotNull(kind);
        Preconditions.CheckNotNull(subject);
        Preconditions.CheckArgument(byId.TryGetValue(kind.Id, out var current), nameof(kind), $"Agency '{kind.Id}' is not in this registry.");
        while (true)
        {
            if (current.ValidFrom is { } from && date < from)
            {
                return new NoAgencyHolder(current, subject, date, NoAgencyHolderReason.NotYetEstablished);
            }
            var next = LatestSuccession(current, subject, date, requireSpecific: true);
            if (next is null && current.ValidTo is { } to && date > to)
            {
                next = LatestSuccession(current, AgencySubject.General, date, requireSpecific: false);
                if (next is null)
                {
                    return new NoAgencyHolder(current, subject, date, NoAgencyHolderReason.DissolvedWithoutSuccessor);
                }
            }
            if (next is null)
            {
                return current;
            }
            current = byId[next.SuccessorId];
        }
    }

    private static AgencySuccession? LatestSuccession(AgencyKind kind, AgencySubject subject, LocalDate date, bool requireSpecific) =>
        requireSpecific && subject == AgencySubject.General
            ? null
            : kind.Successions.Where(s => s.Subject == subject && s.EffectiveDate <= date).MaxBy(s => s.EffectiveDate);

    // Successions must not loop, or HolderOn could not terminate.
    private void CheckAcyclic()
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = on stack, true = done
        foreach (var kind in Kinds)
        {
            Visit(kind.Id);
        }

        void Visit(string id)
        {
            if (state.TryGetValue(id, out var done))
            {
                Preconditions.CheckArgument(done, "kinds", $"Succession cycle through '{id}'.");
                return;
            }
            state[id] = false;
            foreach (var succession in byId[id].Successions)
            {
                Visit(succession.SuccessorId);
            }
            state[id] = true;
        }
    }

    private static List<(int Start, int End)> SplitPieces(string text)
    {
        var pieces = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is ',' or ';' or '\n' || VietnameseText.IsDash(text[i]))
            {
                if (!string.IsNullOrWhiteSpace(text[start..i]))
                {
                    pieces.Add((start, i));
                }
                start = i + 1;
            }
        }
        return pieces;
    }
}
