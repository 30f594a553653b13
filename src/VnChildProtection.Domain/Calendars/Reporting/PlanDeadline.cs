using System;
using NodaTime;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// A one-off deadline a plan sets (thời hạn): a date with a title, such as seed 003's "xây dựng kế hoạch ... báo cáo
/// Ủy ban nhân dân tỉnh trước ngày 31/3/2021".
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PlanDeadline : IEquatable<PlanDeadline>
{
    /// <summary>Creates a one-off deadline.</summary>
    /// <param name="id">A stable slug, part of the deadline's identity in schedules and iCalendar exports.</param>
    /// <param name="date">The date as the plan writes it.</param>
    /// <param name="title">The Vietnamese title.</param>
    /// <param name="englishTitle">The English title.</param>
    /// <param name="tier">The tier that must meet it, if the plan says.</param>
    /// <param name="source">Where the plan states it; may be null.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The id is not a slug or a title is blank.</exception>
    public PlanDeadline(string id, LocalDate date, string title, string englishTitle, ReportingTier? tier = null, string? source = null)
    {
        Id = ReportDefinition.CheckSlug(id);
        Date = date;
        Title = VietnameseText.Normalize(Preconditions.CheckNotBlank(title));
        EnglishTitle = Preconditions.CheckNotBlank(englishTitle).Trim();
        Tier = tier;
        Source = string.IsNullOrWhiteSpace(source) ? null : VietnameseText.Normalize(source);
    }

    /// <summary>The stable identifier (a slug).</summary>
    public string Id { get; }

    /// <summary>The date as written (before any working-day adjustment).</summary>
    public LocalDate Date { get; }

    /// <summary>The Vietnamese title, NFC.</summary>
    public string Title { get; }

    /// <summary>The English title.</summary>
    public string EnglishTitle { get; }

    /// <summary>The tier that must meet the deadline; null when the plan does not say.</summary>
    public ReportingTier? Tier { get; }

    /// <summary>Where the plan states it; null if not given.</summary>
    public string? Source { get; }

    /// <inheritdoc />
    public bool Equals(PlanDeadline? other) =>
        other is not null && Id == other.Id && Date == other.Date && Title == other.Title && EnglishTitle == other.EnglishTitle
        && Tier == other.Tier && Source == other.Source;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PlanDeadline);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Date);

    /// <summary>The id and date, such as <c>implementation-plans 2021-03-31</c>.</summary>
    /// <returns>A diagnostic text.</returns>
    public override string ToString() => Id + " " + Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Value equality.</summary>
    public static bool operator ==(PlanDeadline? left, PlanDeadline? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(PlanDeadline? left, PlanDeadline? right) => !Equals(left, right);
}
