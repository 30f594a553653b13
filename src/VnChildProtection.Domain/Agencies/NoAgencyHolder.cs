using System;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Agencies;

/// <summary>
/// The typed answer "nobody in the registry holds this subject on this date", with the last agency kind in the
/// chain and the reason, e.g. a district People's Committee after the district tier was abolished on 1 July 2025.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class NoAgencyHolder : IEquatable<NoAgencyHolder>
{
    /// <summary>Creates the answer.</summary>
    /// <param name="lastKnown">The last agency kind reached by following successions.</param>
    /// <param name="subject">The subject asked about.</param>
    /// <param name="date">The date asked about.</param>
    /// <param name="reason">Why the chain stops.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lastKnown"/> or <paramref name="subject"/> is null.</exception>
    public NoAgencyHolder(AgencyKind lastKnown, AgencySubject subject, LocalDate date, NoAgencyHolderReason reason)
    {
        LastKnown = Preconditions.CheckNotNull(lastKnown);
        Subject = Preconditions.CheckNotNull(subject);
        Date = date;
        Reason = reason;
    }

    /// <summary>The last agency kind reached by following successions.</summary>
    public AgencyKind LastKnown { get; }

    /// <summary>The subject asked about.</summary>
    public AgencySubject Subject { get; }

    /// <summary>The date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>Why the chain stops.</summary>
    public NoAgencyHolderReason Reason { get; }

    /// <inheritdoc />
    public bool Equals(NoAgencyHolder? other) =>
        other is not null && LastKnown == other.LastKnown && Subject == other.Subject && Date == other.Date && Reason == other.Reason;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NoAgencyHolder);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LastKnown.Id, Subject, Date, Reason);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(NoAgencyHolder? left, NoAgencyHolder? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(NoAgencyHolder? left, NoAgencyHolder? right) => !Equals(left, right);

    /// <summary>A description such as <c>no holder of ChildAffairs after ubnd-huyen: DissolvedWithoutSuccessor</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"no holder of {Subject.Name} after {LastKnown.Id}: {Reason}";
}
