using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Units;

/// <summary>
/// One dated record of an administrative unit (<c>đơn vị hành chính</c>): its official code, Vietnamese name and
/// kind as they were between <see cref="ValidFrom"/> and <see cref="ValidTo"/>, its parent, and the codes of the
/// units that took over its territory when it ended.
/// </summary>
/// <remarks>
/// <para>A unit whose code, name, kind or territory changes gets a new record rather than a mutable history: the
/// province Thừa Thiên Huế (46, until 31 December 2024) and the centrally-run city Huế (46, from 1 January 2025)
/// are two records linked by <see cref="SuccessorCodes"/>; so are the Quảng Ngãi of 2020 (51, until 30 June 2025)
/// and the Quảng Ngãi merged with Kon Tum (51, from 1 July 2025). The identity of a record is its
/// <see cref="Code"/> together with its <see cref="ValidFrom"/>.</para>
/// <para>Successor links name codes only: a successor is the unit holding that code on the day after
/// <see cref="ValidTo"/>, which is unique because a code has at most one unit on any date. Predecessors are not
/// stored; <see cref="AdministrativeUnitRegistry.GetPredecessors"/> derives them from the successor links, so the
/// two directions cannot disagree.</para>
/// <para>District-level units end on 30 June 2025 at the latest: the district level was abolished from 1 July 2025
/// (Law on the Organisation of Local Government 72/2025/QH15).</para>
/// <para>Names are stored NFC-normalised without the kind prefix (<c>Hồ Chí Minh</c>, not <c>Thành phố Hồ Chí
/// Minh</c>); <see cref="FullName"/> adds it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AdministrativeUnit : IEquatable<AdministrativeUnit>
{
    /// <summary>The last day on which any district-level unit existed (30 June 2025).</summary>
    public static readonly LocalDate LastDayOfDistrictLevel = new(2025, 6, 30);

    /// <summary>Creates a dated administrative-unit record.</summary>
    /// <param name="code">The official code; its level must match <paramref name="kind"/>.</param>
    /// <param name="name">The Vietnamese proper name without the kind prefix, e.g. <c>Quảng Ngãi</c>.</param>
    /// <param name="kind">The kind of unit during this record's validity.</param>
    /// <param name="validFrom">The first day of validity, or null when the unit predates the data set.</param>
    /// <param name="validTo">The last day of validity (inclusive), or null while the unit is current.</param>
    /// <param name="parentCode">The code of the unit one level up that contains it (null for provinces).</param>
    /// <param name="successorCodes">Codes of the same-level units that took over its territory on the day after
    /// <paramref name="validTo"/>; empty when the unit is current or was abolished without a successor.</param>
    /// <param name="alternativeNames">Other names the unit is known by, for name lookup (e.g. <c>TPHCM</c>).</param>
    /// <param name="successions">The share each successor took, with the source's wording; a successor code without
    /// one took the whole unit when it is the only successor and a part otherwise. Codes given here only are added to
    /// the successor codes.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The name is blank, the code's level differs from the kind's, the dates
    /// are reversed, the parent is not of a higher level, a successor is of another level, successors are given
    /// for a current unit, or a district-level unit outlives 30 June 2025.</exception>
    public AdministrativeUnit(
        AdministrativeUnitCode code,
        string name,
        AdministrativeUnitKind kind,
        LocalDate? validFrom,
        LocalDate? validTo,
        AdministrativeUnitCode? parentCode = null,
        IEnumerable<AdministrativeUnitCode>? successorCodes = null,
        IEnumerable<string>? alternativeNames = null,
        IEnumerable<UnitSuccession>? successions = null)
    {
        Code = Preconditions.CheckNotNull(code);
        Name = VietnameseText.Normalize(Preconditions.CheckNotBlank(name));
        Kind = Preconditions.CheckNotNull(kind);
        Preconditions.CheckArgument(code.Level == kind.Level, nameof(code), "The code's level must match the kind's level.");
        Preconditions.CheckArgument(
            validFrom is null || validTo is null || validFrom.Value <= validTo.Value, nameof(validTo), "A unit cannot end before it starts.");
        Preconditions.CheckArgument(
            parentCode is null || parentCode.Level.Value < kind.Level.Value, nameof(parentCode), "A parent must be of a higher level.");
        Preconditions.CheckArgument(
            kind.Level != AdministrativeLevel.District || (validTo is not null && validTo.Value <= LastDayOfDistrictLevel),
            nameof(validTo),
            "District-level units ended on 30 June 2025 at the latest.");
        var shares = (successions ?? Array.Empty<UnitSuccession>()).ToArray();
        Preconditions.CheckArgument(Array.TrueForAll(shares, share => share is not null), nameof(successions), "A succession is null.");
        var successors = (successorCodes ?? Array.Empty<AdministrativeUnitCode>()).Concat(shares.Select(share => share.SuccessorCode)).Distinct().ToArray();
        foreach (var successor in successors)
        {
            Preconditions.CheckArgument(successor is not null && successor.Level == kind.Level, nameof(successorCodes), "Successors must be codes of the same level.");
        }
        Preconditions.CheckArgument(successors.Length == 0 || validTo is not null, nameof(successorCodes), "Only a unit that has ended can have successors.");
        var aliases = (alternativeNames ?? Array.Empty<string>())
            .Select(alias => VietnameseText.Normalize(Preconditions.CheckNotBlank(alias, nameof(alternativeNames))))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        ValidFrom = validFrom;
        ValidTo = validTo;
        ParentCode = parentCode;
        SuccessorCodes = new ReadOnlyCollection<AdministrativeUnitCode>(successors);
        Successions = new ReadOnlyCollection<UnitSuccession>(Array.ConvertAll(successors, successor =>
            Array.Find(shares, share => share.SuccessorCode == successor)
            ?? new UnitSuccession(successor, successors.Length == 1 ? UnitShare.Whole : UnitShare.Part)));
        AlternativeNames = new ReadOnlyCollection<string>(aliases);
    }

    // A record of the shipped table: the name is NFC already and the generator and the map's tests check what the
    // public constructor checks, so nothing is copied or re-validated on the registry's cold-start path.
    internal AdministrativeUnit(
        AdministrativeUnitCode code, string name, AdministrativeUnitKind kind, LocalDate? validFrom, LocalDate? validTo,
        AdministrativeUnitCode? parentCode, UnitSuccession[] successions)
    {
        Debug.Assert(code.Level == kind.Level && string.Equals(name, VietnameseText.Normalize(name), StringComparison.Ordinal), "A valid table record.");
        Code = code;
        Name = name;
        Kind = kind;
        ValidFrom = validFrom;
        ValidTo = validTo;
        ParentCode = parentCode;
        if (successions.Length == 0)
        {
            SuccessorCodes = NoCodes;
            Successions = NoSuccessions;
        }
        else
        {
            SuccessorCodes = new ReadOnlyCollection<AdministrativeUnitCode>(Array.ConvertAll(successions, succession => succession.SuccessorCode));
            Successions = new ReadOnlyCollection<UnitSuccession>(successions);
        }
        AlternativeNames = NoNames;
    }

    private static readonly ReadOnlyCollection<AdministrativeUnitCode> NoCodes = new([]);
    private static readonly ReadOnlyCollection<UnitSuccession> NoSuccessions = new([]);
    private static readonly ReadOnlyCollection<string> NoNames = new([]);

    /// <summary>The official code during this record's validity.</summary>
    public AdministrativeUnitCode Code { get; }

    /// <summary>The Vietnamese proper name without the kind prefix, NFC-normalised, e.g. <c>Bà Rịa - Vũng Tàu</c>.</summary>
    public string Name { get; }

    /// <summary>The kind of unit during this record's validity.</summary>
    public AdministrativeUnitKind Kind { get; }

    /// <summary>The level of the unit (from <see cref="Kind"/>).</summary>
    public AdministrativeLevel Level => Kind.Level;

    /// <summary>The official full name: kind prefix and proper name, e.g. <c>Thành phố Hồ Chí Minh</c>, <c>Tỉnh Lạng Sơn</c>.</summary>
    public string FullName => Kind.Prefix + " " + Name;

    /// <summary>An ASCII, lower-case, hyphenated form of <see cref="Name"/> for URLs and identifiers, e.g. <c>ba-ria-vung-tau</c>.</summary>
    /// <remarks>Slugs are not unique over time: both Quảng Ngãi records share <c>quang-ngai</c>.</remarks>
    public string Slug => VietnameseText.ToSlug(Name);

    /// <summary>The first day of validity, or null when the unit existed before the start of the data set.</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>The last day of validity (inclusive), or null while the unit is current.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>The code of the containing unit one level up, resolved on the same date; null for provinces.</summary>
    public AdministrativeUnitCode? ParentCode { get; }

    /// <summary>Codes of the units that took over this unit's territory on the day after <see cref="ValidTo"/>.</summary>
    public IReadOnlyList<AdministrativeUnitCode> SuccessorCodes { get; }

    /// <summary>One link per <see cref="SuccessorCodes"/> entry, in the same order, with the share the successor took.</summary>
    public IReadOnlyList<UnitSuccession> Successions { get; }

    /// <summary>Other names accepted by name lookup (abbreviations such as <c>TPHCM</c>).</summary>
    public IReadOnlyList<string> AlternativeNames { get; }

    /// <summary>Whether the record is valid on <paramref name="date"/> (both ends inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <see cref="ValidFrom"/> ≤ date ≤ <see cref="ValidTo"/>, open ends unbounded.</returns>
    public bool IsValidOn(LocalDate date) =>
        (ValidFrom is null || ValidFrom.Value <= date) && (ValidTo is null || date <= ValidTo.Value);

    /// <summary>Whether this record's validity overlaps <paramref name="other"/>'s.</summary>
    /// <param name="other">The other record.</param>
    /// <returns>True when some date is in both validity periods.</returns>
    public bool Overlaps(AdministrativeUnit other)
    {
        Preconditions.CheckNotNull(other);
        var startsBeforeOtherEnds = ValidFrom is null || other.ValidTo is null || ValidFrom.Value <= other.ValidTo.Value;
        var otherStartsBeforeThisEnds = other.ValidFrom is null || ValidTo is null || other.ValidFrom.Value <= ValidTo.Value;
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /// <inheritdoc />
    public bool Equals(AdministrativeUnit? other) =>
        other is not null
        && Code == other.Code
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Kind == other.Kind
        && ValidFrom == other.ValidFrom
        && ValidTo == other.ValidTo
        && ParentCode == other.ParentCode
        && Successions.SequenceEqual(other.Successions)
        && AlternativeNames.SequenceEqual(other.AlternativeNames, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AdministrativeUnit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, StringComparer.Ordinal.GetHashCode(Name), Kind, ValidFrom, ValidTo, ParentCode);

    /// <summary>Returns the full name, code and validity, e.g. <c>Tỉnh Kiên Giang (91, …–2025-06-30)</c>.</summary>
    /// <returns>A display string.</returns>
    public override string ToString() =>
        $"{FullName} ({Code}, {Format(ValidFrom)}–{Format(ValidTo)})";

    /// <summary>Value equality.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>Whether both are null or equal.</returns>
    public static bool operator ==(AdministrativeUnit? left, AdministrativeUnit? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>Whether the records differ.</returns>
    public static bool operator !=(AdministrativeUnit? left, AdministrativeUnit? right) => !Equals(left, right);

    private static string Format(LocalDate? date) =>
        date is null ? "…" : date.Value.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
