using System;
using System.Globalization;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// A lower tier due after the tier it reports to, for one report and period (plan rule <c>report-deadline-order</c>):
/// the department cannot aggregate reports it receives after its own deadline.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class DeadlineOrderViolation : IEquatable<DeadlineOrderViolation>
{
    /// <summary>Creates a violation.</summary>
    /// <param name="definition">The report.</param>
    /// <param name="period">The period whose dates conflict.</param>
    /// <param name="lowerTier">The tier that reports.</param>
    /// <param name="lowerDueDate">Its due date as written.</param>
    /// <param name="higherTier">The tier it reports to.</param>
    /// <param name="higherDueDate">That tier's due date as written (earlier than <paramref name="lowerDueDate"/>).</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public DeadlineOrderViolation(ReportDefinition definition, ReportPeriod period, ReportingTier lowerTier, LocalDate lowerDueDate,
        ReportingTier higherTier, LocalDate higherDueDate)
    {
        Definition = Preconditions.CheckNotNull(definition);
        Period = period;
        LowerTier = Preconditions.CheckNotNull(lowerTier);
        LowerDueDate = lowerDueDate;
        HigherTier = Preconditions.CheckNotNull(higherTier);
        HigherDueDate = higherDueDate;
    }

    /// <summary>The report whose cascade is out of order.</summary>
    public ReportDefinition Definition { get; }

    /// <summary>The period whose dates conflict.</summary>
    public ReportPeriod Period { get; }

    /// <summary>The tier that reports (the lower one).</summary>
    public ReportingTier LowerTier { get; }

    /// <summary>When the lower tier's report is due.</summary>
    public LocalDate LowerDueDate { get; }

    /// <summary>The tier it reports to.</summary>
    public ReportingTier HigherTier { get; }

    /// <summary>When the higher tier's report is due, before <see cref="LowerDueDate"/>.</summary>
    public LocalDate HigherDueDate { get; }

    /// <summary>How many days late the lower tier's date is for the higher tier.</summary>
    public int DaysLate => NodaTime.Period.DaysBetween(HigherDueDate, LowerDueDate);

    /// <inheritdoc />
    public bool Equals(DeadlineOrderViolation? other) =>
        other is not null && Definition == other.Definition && Period == other.Period && LowerTier == other.LowerTier
        && LowerDueDate == other.LowerDueDate && HigherTier == other.HigherTier && HigherDueDate == other.HigherDueDate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DeadlineOrderViolation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Definition.Id, Period, LowerTier, HigherTier);

    /// <summary>An English sentence, such as <c>child-affairs-annual 2023-Y: District due 2023-11-25 after Province due 2023-11-20</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Definition.Id} {Period}: {LowerTier.Name} due {LowerDueDate:uuuu-MM-dd} after {HigherTier.Name} due {HigherDueDate:uuuu-MM-dd}");

    /// <summary>Value equality.</summary>
    public static bool operator ==(DeadlineOrderViolation? left, DeadlineOrderViolation? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(DeadlineOrderViolation? left, DeadlineOrderViolation? right) => !Equals(left, right);
}
