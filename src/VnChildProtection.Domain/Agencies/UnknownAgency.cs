using System;
using System.Collections.Generic;
using System.Linq;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Agencies;

/// <summary>
/// The typed failure of agency-name resolution: no registered kind matched well enough. Carries the closest
/// candidates, best first.
/// </summary>
/// <remarks>
/// <para><see cref="ToString"/> prints the number of candidates and the best one, never the input text.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class UnknownAgency : IEquatable<UnknownAgency>
{
    /// <summary>Creates an unknown-agency result.</summary>
    /// <param name="candidates">The closest candidates, best first (may be empty).</param>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> is null.</exception>
    public UnknownAgency(IEnumerable<AgencyCandidate> candidates) =>
        Candidates = Preconditions.CheckNotNull(candidates).Select(c => Preconditions.CheckNotNull(c)).ToArray();

    /// <summary>The closest candidates, best first.</summary>
    public IReadOnlyList<AgencyCandidate> Candidates { get; }

    /// <inheritdoc />
    public bool Equals(UnknownAgency? other) => other is not null && Candidates.SequenceEqual(other.Candidates);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnknownAgency);

    /// <inheritdoc />
    public override int GetHashCode() => Candidates.Count == 0 ? 0 : HashCode.Combine(Candidates.Count, Candidates[0]);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(UnknownAgency? left, UnknownAgency? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(UnknownAgency? left, UnknownAgency? right) => !Equals(left, right);

    /// <summary>A description without the input: <c>AGENCY-UNKNOWN: 3 candidate(s), best so-noi-vu (0.74)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        Candidates.Count == 0
            ? "AGENCY-UNKNOWN: no candidates"
            : $"AGENCY-UNKNOWN: {Candidates.Count} candidate(s), best {Candidates[0]}";
}
