using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Agencies;

/// <summary>
/// A kind of agency (loại cơ quan), such as "the Department of Health of a province" (Sở Y tế), with its
/// Vietnamese name, abbreviation, aliases, tier, validity period and successors.
/// </summary>
/// <remarks>
/// <para>A kind is not a particular body: "Sở Y tế tỉnh Quảng Ninh" is the kind <c>so-y-te</c> plus a unit code,
/// see <see cref="Agency"/>. Kinds are effective-dated because the 2025 reorganisation dissolved or merged many of
/// them; <see cref="ValidFrom"/> and <see cref="ValidTo"/> are inclusive and null means "open".</para>
/// <para>Equality is by value over every property.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AgencyKind : IEquatable<AgencyKind>
{
    /// <summary>Creates an agency kind.</summary>
    /// <param name="id">A stable ASCII identifier such as <c>so-ldtbxh</c>.</param>
    /// <param name="name">The full Vietnamese name (<c>Sở Lao động - Thương binh và Xã hội</c>).</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="level">The tier of government.</param>
    /// <param name="abbreviation">The usual abbreviation (<c>Sở LĐTBXH</c>), or null.</param>
    /// <param name="aliases">Other names seen in documents; each must give a non-empty match key.</param>
    /// <param name="validFrom">The first day the kind exists, or null when it predates the data.</param>
    /// <param name="validTo">The last day the kind exists, or null while it exists.</param>
    /// <param name="successions">Where its subject areas went.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A name is blank, <paramref name="validTo"/> precedes <paramref name="validFrom"/>,
    /// or a succession takes effect before the kind exists.</exception>
    public AgencyKind(
        string id,
        string name,
        string englishName,
        AgencyLevel level,
        string? abbreviation = null,
        IEnumerable<string>? aliases = null,
        LocalDate? validFrom = null,
        LocalDate? validTo = null,
        IEnumerable<AgencySuccession>? successions = null)
    {
        Id = Preconditions.CheckNotBlank(id);
        Name = VietnameseText.Normalize(Preconditions.CheckNotBlank(name));
        EnglishName = Preconditions.CheckNotBlank(englishName);
        Level = Preconditions.CheckNotNull(level);
        Abbreviation = abbreviation is null ? null : VietnameseText.Normalize(Preconditions.CheckNotBlank(abbreviation));
        Aliases = (aliases ?? []).Select(a => VietnameseText.Normalize(Preconditions.CheckNotBlank(a))).Distinct(StringComparer.Ordinal).ToArray();
        Preconditions.CheckArgument(
            AllNames.All(n => VietnameseText.ToMatchKey(n).Length > 0), nameof(aliases), "Every name and alias must contain a letter or digit.");
        Preconditions.CheckArgument(
            validFrom is null || validTo is null || validFrom <= validTo, nameof(validTo), "validTo must not precede validFrom.");
        ValidFrom = validFrom;
        ValidTo = validTo;
        Successions = (successions ?? []).Select(s => Preconditions.CheckNotNull(s)).ToArray();
        Preconditions.CheckArgument(
            Successions.All(s => validFrom is null || s.EffectiveDate > validFrom), nameof(successions), "A succession must take effect after the kind exists.");
    }

    /// <summary>The stable identifier (<c>so-ldtbxh</c>), used for successors and overrides.</summary>
    public string Id { get; }

    /// <summary>The full Vietnamese name, NFC.</summary>
    public string Name { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary>The tier of government.</summary>
    public AgencyLevel Level { get; }

    /// <summary>The usual abbreviation, or null.</summary>
    public string? Abbreviation { get; }

    /// <summary>Other names seen in documents (variants, older names, informal names).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The first day the kind exists, or null when it predates the data.</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>The last day the kind exists (inclusive), or null while it exists.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>Where this kind's subject areas went, in data order.</summary>
    public IReadOnlyList<AgencySuccession> Successions { get; }

    /// <summary>The name, the abbreviation (when any) and the aliases.</summary>
    public IEnumerable<string> AllNames =>
        Abbreviation is null ? Aliases.Prepend(Name) : Aliases.Prepend(Abbreviation).Prepend(Name);

    /// <summary>Whether the kind exists on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when <see cref="ValidFrom"/> ≤ date ≤ <see cref="ValidTo"/> (open ends always satisfied).</returns>
    public bool IsValidOn(LocalDate date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);

    /// <summary>Returns a copy with extra aliases.</summary>
    /// <param name="aliases">The aliases to add.</param>
    /// <returns>The new kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aliases"/> is null.</exception>
    public AgencyKind WithAliases(IEnumerable<string> aliases) =>
        new(Id, Name, EnglishName, Level, Abbreviation, Aliases.Concat(Preconditions.CheckNotNull(aliases)), ValidFrom, ValidTo, Successions);

    internal AgencyKind WithoutAliasKeys(ISet<string> keys) =>
        new(Id, Name, EnglishName, Level, Abbreviation, Aliases.Where(a => !keys.Contains(VietnameseText.ToMatchKey(a))), ValidFrom, ValidTo, Successions);

    /// <inheritdoc />
    public bool Equals(AgencyKind? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && Name == other.Name
                && EnglishName == other.EnglishName
                && Level == other.Level
                && Abbreviation == other.Abbreviation
                && ValidFrom == other.ValidFrom
                && ValidTo == other.ValidTo
                && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal)
                && Successions.SequenceEqual(other.Successions)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AgencyKind);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Level, ValidFrom, ValidTo, Aliases.Count, Successions.Count);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(AgencyKind? left, AgencyKind? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(AgencyKind? left, AgencyKind? right) => !Equals(left, right);

    /// <summary>The Vietnamese name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
