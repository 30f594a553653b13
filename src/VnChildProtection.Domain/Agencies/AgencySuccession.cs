using System;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Agencies;

/// <summary>
/// One transfer of a subject area from an agency kind to another (tiếp nhận chức năng, nhiệm vụ): from
/// <see cref="EffectiveDate"/> the agency with id <see cref="SuccessorId"/> holds <see cref="Subject"/>.
/// </summary>
/// <remarks>
/// <para>A transfer of <see cref="AgencySubject.General"/> applies only once the predecessor has ceased to exist; a
/// transfer of a specific subject applies from its date even if the predecessor continues (e.g. religion moving
/// from the Department of Home Affairs to the Department of Ethnic and Religious Affairs in 2025).</para>
/// <para><see cref="IsConfirmed"/> is false where the transfer or its instrument was reported but not checked against
/// the official text; the instrument then says so.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AgencySuccession : IEquatable<AgencySuccession>
{
    /// <summary>Creates a succession entry.</summary>
    /// <param name="subject">The subject area transferred.</param>
    /// <param name="successorId">The <see cref="AgencyKind.Id"/> of the receiving agency kind.</param>
    /// <param name="effectiveDate">The first day on which the successor holds the subject.</param>
    /// <param name="instrument">The legal instrument, e.g. <c>Nghị định 42/2025/NĐ-CP</c>.</param>
    /// <param name="isConfirmed">Whether the transfer and instrument were verified.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="successorId"/> or <paramref name="instrument"/> is blank.</exception>
    public AgencySuccession(AgencySubject subject, string successorId, LocalDate effectiveDate, string instrument, bool isConfirmed)
    {
        Subject = Preconditions.CheckNotNull(subject);
        SuccessorId = Preconditions.CheckNotBlank(successorId);
        EffectiveDate = effectiveDate;
        Instrument = Preconditions.CheckNotBlank(instrument);
        IsConfirmed = isConfirmed;
    }

    /// <summary>The subject area transferred.</summary>
    public AgencySubject Subject { get; }

    /// <summary>The id of the agency kind that receives the subject.</summary>
    public string SuccessorId { get; }

    /// <summary>The first day on which the successor holds the subject.</summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>The legal instrument making the transfer, with a note when unverified.</summary>
    public string Instrument { get; }

    /// <summary>Whether the transfer and its instrument were verified against the official text or two independent sources.</summary>
    public bool IsConfirmed { get; }

    /// <inheritdoc />
    public bool Equals(AgencySuccession? other) =>
        other is not null
        && Subject == other.Subject
        && SuccessorId == other.SuccessorId
        && EffectiveDate == other.EffectiveDate
        && Instrument == other.Instrument
        && IsConfirmed == other.IsConfirmed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AgencySuccession);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Subject, SuccessorId, EffectiveDate, Instrument, IsConfirmed);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(AgencySuccession? left, AgencySuccession? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(AgencySuccession? left, AgencySuccession? right) => !Equals(left, right);

    /// <summary>A short description such as <c>ChildAffairs → so-y-te from 2025-03-01</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Subject.Name} → {SuccessorId} from {EffectiveDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}
