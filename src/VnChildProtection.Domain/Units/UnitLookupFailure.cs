using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Units;

/// <summary>
/// The typed result of an administrative-unit lookup that found no single unit: the reason, the date asked about,
/// and candidate units the caller may have meant.
/// </summary>
/// <remarks>
/// <para>Returned inside a <c>OneOf</c> by <see cref="AdministrativeUnitRegistry"/> instead of throwing. Candidates
/// are, by reason: units with the same code or name on other dates (<see cref="UnitLookupFailureReason.NotValidOnDate"/>),
/// every match (<see cref="UnitLookupFailureReason.Ambiguous"/>), the nearest names valid on the date
/// (<see cref="UnitLookupFailureReason.NotFound"/>), or the last units reached (<see cref="UnitLookupFailureReason.NoSuccessor"/>).</para>
/// <para><see cref="ToString"/> does not repeat the query text.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class UnitLookupFailure : IEquatable<UnitLookupFailure>
{
    /// <summary>Creates a lookup failure.</summary>
    /// <param name="reason">Why the lookup failed.</param>
    /// <param name="date">The date the lookup was about.</param>
    /// <param name="candidates">Units the caller may have meant, best first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> is null.</exception>
    public UnitLookupFailure(UnitLookupFailureReason reason, LocalDate date, IEnumerable<AdministrativeUnit> candidates)
    {
        Reason = reason;
        Date = date;
        Candidates = new ReadOnlyCollection<AdministrativeUnit>(Preconditions.CheckNotNull(candidates).ToArray());
    }

    /// <summary>Why the lookup failed.</summary>
    public UnitLookupFailureReason Reason { get; }

    /// <summary>The date the lookup was about.</summary>
    public LocalDate Date { get; }

    /// <summary>Units the caller may have meant, best first; may be empty.</summary>
    public IReadOnlyList<AdministrativeUnit> Candidates { get; }

    /// <inheritdoc />
    public bool Equals(UnitLookupFailure? other) =>
        other is not null && Reason == other.Reason && Date == other.Date && Candidates.SequenceEqual(other.Candidates);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnitLookupFailure);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Reason, Date, Candidates.Count);

    /// <summary>Returns the reason, date and number of candidates.</summary>
    /// <returns>A display string without the query text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Reason} on {Date:uuuu-MM-dd} ({Candidates.Count} candidates)");

    /// <summary>Value equality.</summary>
    /// <param name="left">The first failure.</param>
    /// <param name="right">The second failure.</param>
    /// <returns>Whether both are null or equal.</returns>
    public static bool operator ==(UnitLookupFailure? left, UnitLookupFailure? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first failure.</param>
    /// <param name="right">The second failure.</param>
    /// <returns>Whether the failures differ.</returns>
    public static bool operator !=(UnitLookupFailure? left, UnitLookupFailure? right) => !Equals(left, right);
}
