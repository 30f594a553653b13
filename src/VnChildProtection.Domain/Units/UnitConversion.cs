using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Units;

/// <summary>
/// The answer to "which unit(s) hold this unit's territory on a date": the unit converted, the date, and every
/// successor valid then with the share it took. A split unit has several successors; none is picked for the caller.
/// </summary>
/// <remarks>
/// Returned by <see cref="AdministrativeUnitRegistry.Convert(AdministrativeUnit, LocalDate)"/> and
/// <see cref="AdministrativeUnitRegistry.ConvertAddress"/>. This type is immutable and thread-safe, with value equality.
/// </remarks>
public sealed class UnitConversion : IEquatable<UnitConversion>
{
    /// <summary>Creates a conversion result.</summary>
    /// <param name="source">The unit converted.</param>
    /// <param name="date">The date converted to.</param>
    /// <param name="successors">The units valid on <paramref name="date"/>, ordered by code.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="successors"/> is empty.</exception>
    public UnitConversion(AdministrativeUnit source, LocalDate date, IEnumerable<UnitSuccessor> successors)
    {
        Source = Preconditions.CheckNotNull(source);
        Date = date;
        var list = Preconditions.CheckNotNull(successors).ToArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(successors), "A conversion has at least one successor.");
        Successors = new ReadOnlyCollection<UnitSuccessor>(list);
    }

    /// <summary>The unit converted (as found on the date it was named).</summary>
    public AdministrativeUnit Source { get; }

    /// <summary>The date converted to.</summary>
    public LocalDate Date { get; }

    /// <summary>The units valid on <see cref="Date"/> that hold the source's territory, ordered by code.</summary>
    public IReadOnlyList<UnitSuccessor> Successors { get; }

    /// <summary>Whether the source was split between several successors.</summary>
    public bool IsSplit => Successors.Count > 1;

    /// <inheritdoc />
    public bool Equals(UnitConversion? other) =>
        other is not null && Source == other.Source && Date == other.Date && Successors.SequenceEqual(other.Successors);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnitConversion);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Date, Successors.Count);

    /// <summary>Returns the source and its successors.</summary>
    /// <returns>A display string.</returns>
    public override string ToString() => $"{Source} → {string.Join("; ", Successors)}";

    /// <summary>Value equality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>Whether both are null or equal.</returns>
    public static bool operator ==(UnitConversion? left, UnitConversion? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>Whether the results differ.</returns>
    public static bool operator !=(UnitConversion? left, UnitConversion? right) => !Equals(left, right);
}
