using System;
using System.Collections.Generic;
using System.Globalization;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Progress;

/// <summary>How many targets are in each <see cref="ProgressStatus"/>: the summary line of a report.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly struct ProgressCounts : IEquatable<ProgressCounts>
{
    private readonly int _noData, _notYetDue, _offTrack, _atRisk, _onTrack, _met;

    private ProgressCounts(int noData, int notYetDue, int offTrack, int atRisk, int onTrack, int met) =>
        (_noData, _notYetDue, _offTrack, _atRisk, _onTrack, _met) = (noData, notYetDue, offTrack, atRisk, onTrack, met);

    /// <summary>Every status, in the order reports list them (met first).</summary>
    public static IReadOnlyList<ProgressStatus> Order { get; } =
        [ProgressStatus.Met, ProgressStatus.OnTrack, ProgressStatus.AtRisk, ProgressStatus.OffTrack, ProgressStatus.NotYetDue, ProgressStatus.NoData];

    /// <summary>Counts the statuses.</summary>
    /// <param name="statuses">The statuses.</param>
    /// <returns>The counts.</returns>
    public static ProgressCounts Of(IEnumerable<ProgressStatus> statuses)
    {
        Preconditions.CheckNotNull(statuses);
        var counts = new int[6];
        foreach (var status in statuses)
        {
            counts[(int)status]++;
        }
        return new ProgressCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    /// <summary>The number of targets with <paramref name="status"/>.</summary>
    /// <param name="status">A status.</param>
    public int this[ProgressStatus status] => status switch
    {
        ProgressStatus.NoData => _noData,
        ProgressStatus.NotYetDue => _notYetDue,
        ProgressStatus.OffTrack => _offTrack,
        ProgressStatus.AtRisk => _atRisk,
        ProgressStatus.OnTrack => _onTrack,
        ProgressStatus.Met => _met,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>All targets counted.</summary>
    public int Total => _noData + _notYetDue + _offTrack + _atRisk + _onTrack + _met;

    /// <inheritdoc/>
    public bool Equals(ProgressCounts other) =>
        _noData == other._noData && _notYetDue == other._notYetDue && _offTrack == other._offTrack
        && _atRisk == other._atRisk && _onTrack == other._onTrack && _met == other._met;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ProgressCounts other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_noData, _notYetDue, _offTrack, _atRisk, _onTrack, _met);

    /// <summary>The counts, e.g. <c>Met 3, OnTrack 1, AtRisk 0, OffTrack 1, NotYetDue 0, NoData 2</c>.</summary>
    public override string ToString()
    {
        var self = this;
        return string.Join(", ", Array.ConvertAll([.. Order], s => s.ToString() + " " + self[s].ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(ProgressCounts left, ProgressCounts right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ProgressCounts left, ProgressCounts right) => !left.Equals(right);
}
