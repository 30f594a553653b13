using System;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// Where a shipped legal fact comes from and how far it was checked: the status, the text relied on (an instrument and
/// what it states) and where that text was read (a URL, or a repository, path and commit).
/// </summary>
/// <remarks>
/// <para>A <see cref="VerificationStatus.Verified"/> or <see cref="VerificationStatus.Secondary"/> fact always has a
/// <see cref="Location"/>; an <see cref="VerificationStatus.Unverified"/> one names the best secondary source when there
/// is one, and no location when none was found.</para>
/// <para>This type is immutable and thread-safe, with value equality.</para>
/// </remarks>
public sealed class SourceVerification : IEquatable<SourceVerification>
{
    private SourceVerification(VerificationStatus status, string source, string? location)
    {
        Status = status;
        Source = VietnameseText.Normalize(Preconditions.CheckNotBlank(source)).Trim();
        Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim();
    }

    /// <summary>How far the fact was checked.</summary>
    public VerificationStatus Status { get; }

    /// <summary>The text relied on: the instrument and what it states, such as
    /// <c>Thông báo 9441/TB-BNV ngày 16/10/2025, mục 2</c>; NFC.</summary>
    public string Source { get; }

    /// <summary>Where the text was read: a URL, or <c>owner/repository@commit:path</c>; null when an unverified fact
    /// has no source that could be located.</summary>
    public string? Location { get; }

    /// <summary>Whether the fact was read in a primary text (<see cref="VerificationStatus.Verified"/>).</summary>
    public bool IsVerified => Status == VerificationStatus.Verified;

    /// <summary>A fact read in the instrument's own text or its official consolidation.</summary>
    /// <param name="source">The instrument and the provision read.</param>
    /// <param name="location">Where it was read.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public static SourceVerification Verified(string source, string location) =>
        new(VerificationStatus.Verified, source, Preconditions.CheckNotBlank(location));

    /// <summary>A fact read only in a reproduction or a press report.</summary>
    /// <param name="source">The instrument and what the reproduction says it states.</param>
    /// <param name="location">Where the reproduction was read.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public static SourceVerification Secondary(string source, string location) =>
        new(VerificationStatus.Secondary, source, Preconditions.CheckNotBlank(location));

    /// <summary>A fact reported but not read in any text.</summary>
    /// <param name="source">The instrument as reported and, when known, who reports it.</param>
    /// <param name="location">The best secondary source's location, or null when none was found.</param>
    /// <returns>The verification.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank.</exception>
    public static SourceVerification Unverified(string source, string? location = null) =>
        new(VerificationStatus.Unverified, source, location);

    /// <inheritdoc />
    public bool Equals(SourceVerification? other) =>
        other is not null && Status == other.Status && Source == other.Source && Location == other.Location;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceVerification);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Source, Location);

    /// <summary>The status, source and location, such as <c>Secondary: Thông báo 9441/TB-BNV … (https://…)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Status.Name + ": " + Source + (Location is null ? "" : " (" + Location + ")");

    /// <summary>Value equality.</summary>
    public static bool operator ==(SourceVerification? left, SourceVerification? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(SourceVerification? left, SourceVerification? right) => !Equals(left, right);
}
