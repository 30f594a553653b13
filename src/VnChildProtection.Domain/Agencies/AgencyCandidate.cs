using System;
using System.Globalization;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Agencies;

/// <summary>A ranked guess of the agency kind a name refers to, with a similarity score in [0, 1].</summary>
/// <remarks>
/// <para>The score combines Levenshtein similarity of the match keys with token overlap (Sørensen–Dice);
/// 1 means an exact key match.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AgencyCandidate : IEquatable<AgencyCandidate>
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="kind">The agency kind.</param>
    /// <param name="matchedName">The registered name or alias that scored best.</param>
    /// <param name="score">The similarity, 0–1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="matchedName"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside [0, 1].</exception>
    public AgencyCandidate(AgencyKind kind, string matchedName, double score)
    {
        Kind = Preconditions.CheckNotNull(kind);
        MatchedName = Preconditions.CheckNotNull(matchedName);
        if (!(score >= 0 && score <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "Score must be in [0, 1].");
        }
        Score = score;
    }

    /// <summary>The agency kind.</summary>
    public AgencyKind Kind { get; }

    /// <summary>The registered name or alias that scored best.</summary>
    public string MatchedName { get; }

    /// <summary>The similarity in [0, 1].</summary>
    public double Score { get; }

    /// <inheritdoc />
    public bool Equals(AgencyCandidate? other) =>
        other is not null && Kind == other.Kind && MatchedName == other.MatchedName && Score.Equals(other.Score);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AgencyCandidate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind.Id, MatchedName, Score);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(AgencyCandidate? left, AgencyCandidate? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(AgencyCandidate? left, AgencyCandidate? right) => !Equals(left, right);

    /// <summary>The kind id and score: <c>so-noi-vu (0.74)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Kind.Id} ({Score.ToString("0.00", CultureInfo.InvariantCulture)})";
}
