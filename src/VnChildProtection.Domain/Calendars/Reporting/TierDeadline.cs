using System;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>The due date of one tier in a reporting cascade: who submits, and when (seed 001: district units by 20/5).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class TierDeadline : IEquatable<TierDeadline>
{
    /// <summary>Creates a tier's deadline.</summary>
    /// <param name="tier">The tier that submits the report.</param>
    /// <param name="rule">When it is due.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TierDeadline(ReportingTier tier, DueDateRule rule)
    {
        Tier = Preconditions.CheckNotNull(tier);
        Rule = Preconditions.CheckNotNull(rule);
    }

    /// <summary>The tier that submits the report to the tier above.</summary>
    public ReportingTier Tier { get; }

    /// <summary>When the tier's report is due.</summary>
    public DueDateRule Rule { get; }

    /// <inheritdoc />
    public bool Equals(TierDeadline? other) => other is not null && Tier == other.Tier && Rule == other.Rule;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TierDeadline);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Tier, Rule);

    /// <summary>Such as <c>District: 20/5 of the reporting year</c>.</summary>
    /// <returns>A diagnostic text.</returns>
    public override string ToString() => Tier.Name + ": " + Rule;

    /// <summary>Value equality.</summary>
    public static bool operator ==(TierDeadline? left, TierDeadline? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(TierDeadline? left, TierDeadline? right) => !Equals(left, right);
}
