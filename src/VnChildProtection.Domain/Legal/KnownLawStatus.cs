using System;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// What the registry knows of a law beyond its number and title: from when it is in force, how many articles it has,
/// and how far its number and dates were checked.
/// </summary>
/// <remarks>This type is immutable and thread-safe, with value equality.</remarks>
public sealed class KnownLawStatus : IEquatable<KnownLawStatus>
{
    /// <summary>Creates a status.</summary>
    /// <param name="inForceFrom">The day the law came into force; null when not known.</param>
    /// <param name="articleCount">The number of articles; null when not known (then any article number from 1 is accepted).</param>
    /// <param name="verification">How the number, dates and article count were verified.</param>
    /// <exception cref="ArgumentNullException"><paramref name="verification"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="articleCount"/> is below 1.</exception>
    public KnownLawStatus(LocalDate? inForceFrom, int? articleCount, SourceVerification verification)
    {
        InForceFrom = inForceFrom;
        ArticleCount = articleCount is { } n ? Preconditions.CheckRange(n, 1, int.MaxValue, nameof(articleCount)) : null;
        Verification = Preconditions.CheckNotNull(verification);
    }

    /// <summary>The day the law came into force (Law on Children: 1/6/2017); null when not known.</summary>
    public LocalDate? InForceFrom { get; }

    /// <summary>The number of articles (Law on Children: 106); null when not known.</summary>
    public int? ArticleCount { get; }

    /// <summary>How the number, dates and article count were verified.</summary>
    public SourceVerification Verification { get; }

    /// <inheritdoc />
    public bool Equals(KnownLawStatus? other) =>
        other is not null && InForceFrom == other.InForceFrom && ArticleCount == other.ArticleCount && Verification == other.Verification;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as KnownLawStatus);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(InForceFrom, ArticleCount, Verification);

    /// <summary>The in-force date, article count and status.</summary>
    /// <returns>A diagnostic text.</returns>
    public override string ToString() =>
        $"in force {(InForceFrom is { } d ? d.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "?")}, {(ArticleCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?")} articles ({Verification.Status.Name})";
}
