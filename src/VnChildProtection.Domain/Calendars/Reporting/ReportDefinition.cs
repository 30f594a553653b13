using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// A report a regime requires (chế độ báo cáo): its kind and period, the data cut-off window, and the due date of each
/// tier of the cascade — seed 001: "báo cáo 6 tháng (trước ngày 20/5)" from the units, 25/5 from the department.
/// </summary>
/// <remarks>
/// <para><see cref="Id"/> is a stable slug (lower-case letters, digits and dashes) that, with the tier and the period,
/// identifies every occurrence in a schedule and in iCalendar exports, so it must not change between releases of a
/// regime.</para>
/// <para>Ad hoc reports (<see cref="ReportPeriodKind.AdHoc"/>) have no deadlines and no window: they are due on
/// request, so a schedule lists none of their occurrences. Fixed-date rules suit only kinds with one period a year.</para>
/// <para>A definition may be effective-dated (<see cref="WithEffectivePeriod"/>): a schedule lists an occurrence only when
/// its due date as written falls in [<see cref="EffectiveFrom"/>, <see cref="EffectiveUntil"/>), so one calendar can hold
/// the deadlines of two eras (<see cref="StatutoryReports"/>). A definition taken from an instrument says how far it was
/// checked (<see cref="Verification"/>); the seed plans' regimes have none.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ReportDefinition : IEquatable<ReportDefinition>
{
    /// <summary>Creates a report definition.</summary>
    /// <param name="id">A stable slug such as <c>child-affairs-6-month</c>.</param>
    /// <param name="title">The Vietnamese title, such as <c>Báo cáo 6 tháng công tác trẻ em</c>.</param>
    /// <param name="englishTitle">The English title.</param>
    /// <param name="kind">The kind of report.</param>
    /// <param name="deadlines">One deadline per tier (none for an ad hoc report).</param>
    /// <param name="dataWindow">The cut-off window rule, or null when the regime sets none (always null for ad hoc reports).</param>
    /// <param name="source">Where the regime states it, such as <c>Kế hoạch 27/KH-UBND (Quảng Ngãi, 2020), mục III</c>; may be null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The id is not a slug, a title is blank, a tier repeats, a periodic report
    /// has no deadline, an ad hoc report has deadlines or a window, or a fixed-date rule is given to a monthly or
    /// quarterly report.</exception>
    public ReportDefinition(string id, string title, string englishTitle, ReportPeriodKind kind,
        IEnumerable<TierDeadline> deadlines, DataWindowRule? dataWindow, string? source = null)
    {
        Id = CheckSlug(id);
        Title = VietnameseText.Normalize(Preconditions.CheckNotBlank(title));
        EnglishTitle = Preconditions.CheckNotBlank(englishTitle).Trim();
        Kind = Preconditions.CheckNotNull(kind);
        Deadlines = [.. Preconditions.CheckNotNull(deadlines).Select(d => Preconditions.CheckNotNull(d)).OrderBy(d => d.Tier.Value)];
        Preconditions.CheckArgument(Deadlines.Select(d => d.Tier).Distinct().Count() == Deadlines.Length, nameof(deadlines), "A tier has two deadlines.");
        if (kind.IsPeriodic)
        {
            Preconditions.CheckArgument(Deadlines.Length > 0, nameof(deadlines), "A periodic report needs at least one tier's deadline.");
            Preconditions.CheckArgument(kind.PeriodsPerYear == 1 || Deadlines.All(d => !d.Rule.IsFixedDate), nameof(deadlines),
                "A fixed date suits only reports with one period a year.");
        }
        else
        {
            Preconditions.CheckArgument(Deadlines.Length == 0, nameof(deadlines), "An ad hoc report is due on request: it has no deadline.");
            Preconditions.CheckArgument(dataWindow is null, nameof(dataWindow), "An ad hoc report has no cut-off window.");
        }
        DataWindow = dataWindow;
        Source = string.IsNullOrWhiteSpace(source) ? null : VietnameseText.Normalize(source);
    }

    private ReportDefinition(ReportDefinition other, LocalDate? effectiveFrom, LocalDate? effectiveUntil, SourceVerification? verification)
    {
        Id = other.Id;
        Title = other.Title;
        EnglishTitle = other.EnglishTitle;
        Kind = other.Kind;
        Deadlines = other.Deadlines;
        DataWindow = other.DataWindow;
        Source = other.Source;
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
        Verification = verification;
    }

    /// <summary>The first due date the definition applies to; null when it applies from the start.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>The first due date it no longer applies to (exclusive); null when it has no end.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>How far the deadlines were checked against the instrument stating them; null for a plan's own regime.</summary>
    public SourceVerification? Verification { get; }

    /// <summary>This definition limited to due dates in [<paramref name="from"/>, <paramref name="until"/>).</summary>
    /// <param name="from">The first due date it applies to, or null.</param>
    /// <param name="until">The first due date it no longer applies to, or null.</param>
    /// <returns>A new definition.</returns>
    /// <exception cref="ArgumentException"><paramref name="until"/> is not after <paramref name="from"/>.</exception>
    public ReportDefinition WithEffectivePeriod(LocalDate? from, LocalDate? until)
    {
        Preconditions.CheckArgument(from is null || until is null || until > from, nameof(until), "The period ends before it starts.");
        return new(this, from, until, Verification);
    }

    /// <summary>This definition with a verification of its deadlines.</summary>
    /// <param name="verification">The verification, or null for none.</param>
    /// <returns>A new definition.</returns>
    public ReportDefinition WithVerification(SourceVerification? verification) => new(this, EffectiveFrom, EffectiveUntil, verification);

    /// <summary>Whether an occurrence due (as written) on a date is in the definition's effective period.</summary>
    /// <param name="dueDate">The due date as the rule gives it.</param>
    /// <returns><c>true</c> inside [<see cref="EffectiveFrom"/>, <see cref="EffectiveUntil"/>).</returns>
    public bool IsInEffect(LocalDate dueDate) => (EffectiveFrom is not { } from || dueDate >= from) && (EffectiveUntil is not { } until || dueDate < until);

    /// <summary>The stable identifier (a slug), part of every occurrence's identity.</summary>
    public string Id { get; }

    /// <summary>The Vietnamese title, NFC.</summary>
    public string Title { get; }

    /// <summary>The English title.</summary>
    public string EnglishTitle { get; }

    /// <summary>The kind of report (monthly … annual, ad hoc).</summary>
    public ReportPeriodKind Kind { get; }

    /// <summary>The tiers' deadlines, bottom tier first.</summary>
    public ImmutableArray<TierDeadline> Deadlines { get; }

    /// <summary>The cut-off window rule; null when the regime sets none.</summary>
    public DataWindowRule? DataWindow { get; }

    /// <summary>Where the regime states the report; null if not given.</summary>
    public string? Source { get; }

    /// <inheritdoc />
    public bool Equals(ReportDefinition? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && Title == other.Title && EnglishTitle == other.EnglishTitle && Kind == other.Kind
                && Deadlines.SequenceEqual(other.Deadlines) && DataWindow == other.DataWindow && Source == other.Source
                && EffectiveFrom == other.EffectiveFrom && EffectiveUntil == other.EffectiveUntil && Verification == other.Verification));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportDefinition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Deadlines.Length);

    /// <summary>The id and kind, such as <c>child-affairs-6-month (SixMonth)</c>.</summary>
    /// <returns>A diagnostic text.</returns>
    public override string ToString() => Id + " (" + Kind.Name + ")";

    /// <summary>Value equality.</summary>
    public static bool operator ==(ReportDefinition? left, ReportDefinition? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ReportDefinition? left, ReportDefinition? right) => !Equals(left, right);

    internal static string CheckSlug(string? id, string paramName = "id")
    {
        Preconditions.CheckNotBlank(id, paramName);
        bool ok = id[0] is >= 'a' and <= 'z' or >= '0' and <= '9'
            && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
        Preconditions.CheckArgument(ok, paramName, "An id must be a slug: lower-case ASCII letters, digits and dashes.");
        return id;
    }
}
