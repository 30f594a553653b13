using System;
using System.Globalization;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Agencies;

/// <summary>
/// A successful resolution of an agency name: the kind, the registered name that matched, the score and the
/// trailing qualifier (usually a place: <c>tỉnh An Giang</c>) left after the name.
/// </summary>
/// <remarks>
/// <para><see cref="Score"/> is 1 for an exact match of a registered name (accent-, case-, punctuation- and
/// tone-placement-insensitive), lower for a close misspelling accepted by the resolver.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AgencyMatch : IEquatable<AgencyMatch>
{
    /// <summary>Creates a match.</summary>
    /// <param name="kind">The agency kind.</param>
    /// <param name="matchedName">The registered name or alias that matched.</param>
    /// <param name="score">The similarity, 0–1.</param>
    /// <param name="qualifier">The text after the name (empty when none), as written.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside [0, 1].</exception>
    public AgencyMatch(AgencyKind kind, string matchedName, double score, string qualifier)
    {
        Kind = Preconditions.CheckNotNull(kind);
        MatchedName = Preconditions.CheckNotNull(matchedName);
        if (!(score >= 0 && score <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "Score must be in [0, 1].");
        }
        Score = score;
        Qualifier = Preconditions.CheckNotNull(qualifier);
    }

    /// <summary>The agency kind.</summary>
    public AgencyKind Kind { get; }

    /// <summary>The registered name or alias that matched.</summary>
    public string MatchedName { get; }

    /// <summary>The similarity in [0, 1]; 1 for an exact match.</summary>
    public double Score { get; }

    /// <summary>The text after the agency name, as written (<c>tỉnh An Giang</c>), or empty.</summary>
    public string Qualifier { get; }

    /// <summary>Whether the match was exact rather than a tolerated misspelling.</summary>
    public bool IsExact => Score >= 1.0;

    /// <inheritdoc />
    public bool Equals(AgencyMatch? other) =>
        other is not null && Kind == other.Kind && MatchedName == other.MatchedName && Score.Equals(other.Score) && Qualifier == other.Qualifier;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AgencyMatch);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind.Id, MatchedName, Score, Qualifier);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(AgencyMatch? left, AgencyMatch? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(AgencyMatch? left, AgencyMatch? right) => !Equals(left, right);

    /// <summary>The kind id and score: <c>so-y-te (1.00)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Kind.Id} ({Score.ToString("0.00", CultureInfo.InvariantCulture)})";
}
