using System;
using NodaTime;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// One dated legal fact the library ships, as a row of the law-currency table (docs/law-currency.md): the instrument,
/// what it sets, from when, and how it was verified.
/// </summary>
/// <remarks>
/// <para>The shipped facts are listed by <c>KnownLawRegistry.Facts</c>,
/// <c>Calendars.OfficialHolidaySchedules.Facts</c> and <c>Calendars.Reporting.StatutoryReports.Facts</c>.</para>
/// <para>This type is immutable and thread-safe, with value equality.</para>
/// </remarks>
public sealed class DatedLegalFact : IEquatable<DatedLegalFact>
{
    /// <summary>Creates a fact.</summary>
    /// <param name="instrument">The instrument, such as <c>Luật 28/2018/QH14, Điều 11</c>.</param>
    /// <param name="sets">What it sets, in English, such as <c>amends Law 102/2016/QH13 arts 5, 7, 45, 57, 74, 79, 82</c>.</param>
    /// <param name="effectiveFrom">From when the fact holds; null when the instrument's date is not known.</param>
    /// <param name="verification">How it was verified.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="verification"/> is null.</exception>
    public DatedLegalFact(string instrument, string sets, LocalDate? effectiveFrom, SourceVerification verification)
    {
        Instrument = VietnameseText.Normalize(Preconditions.CheckNotBlank(instrument)).Trim();
        Sets = VietnameseText.Normalize(Preconditions.CheckNotBlank(sets)).Trim();
        EffectiveFrom = effectiveFrom;
        Verification = Preconditions.CheckNotNull(verification);
    }

    /// <summary>The instrument, NFC.</summary>
    public string Instrument { get; }

    /// <summary>What the instrument sets, in English.</summary>
    public string Sets { get; }

    /// <summary>From when the fact holds; null when not known.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>How the fact was verified, and from what.</summary>
    public SourceVerification Verification { get; }

    /// <inheritdoc />
    public bool Equals(DatedLegalFact? other) =>
        other is not null && Instrument == other.Instrument && Sets == other.Sets && EffectiveFrom == other.EffectiveFrom
        && Verification == other.Verification;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DatedLegalFact);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Instrument, Sets, EffectiveFrom);

    /// <summary>The instrument, what it sets and the status, such as <c>Luật 28/2018/QH14: amends … (Verified)</c>.</summary>
    /// <returns>A diagnostic text.</returns>
    public override string ToString() => Instrument + ": " + Sets + " (" + Verification.Status.Name + ")";

    /// <summary>Value equality.</summary>
    public static bool operator ==(DatedLegalFact? left, DatedLegalFact? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(DatedLegalFact? left, DatedLegalFact? right) => !Equals(left, right);
}
