using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Targets;

/// <summary>
/// A target as a list of milestones in one unit: reach (<c>đạt 90% vào năm 2025 và 95% vào năm 2030</c>,
/// <c>100% trẻ em ... được ...</c>), stay below (<c>xuống dưới 4,5% vào năm 2025</c>), rates
/// (<c>550/100.000 trẻ em</c>) and maintain (<c>duy trì 100% đến năm 2030</c>).
/// </summary>
/// <remarks>
/// <para>Milestone years increase strictly; a milestone without a year is allowed only alone.</para>
/// <para>Rendering omits a bound word equal to the previous milestone's (<c>dưới 9,5 vào năm 2025 và 9 vào năm 2030</c>),
/// and the parser lets an omitted word inherit the previous one, so text and value round-trip.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ThresholdTarget : Target
{
    private readonly Milestone[] _milestones;
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<Milestone> _view;

    /// <summary>Creates a threshold target.</summary>
    /// <param name="unit">The unit of every milestone value.</param>
    /// <param name="milestones">The milestones, years strictly increasing.</param>
    /// <exception cref="ArgumentNullException">An argument or milestone is null.</exception>
    /// <exception cref="ArgumentException">No milestones, years not increasing, or a yearless milestone among others.</exception>
    public ThresholdTarget(IndicatorUnit unit, IEnumerable<Milestone> milestones)
    {
        Unit = Preconditions.CheckNotNull(unit);
        _milestones = [.. Preconditions.CheckNotNull(milestones)];
        Preconditions.CheckArgument(_milestones.Length > 0, nameof(milestones), "A target needs at least one milestone.");
        for (var i = 0; i < _milestones.Length; i++)
        {
            Preconditions.CheckNotNull(_milestones[i], nameof(milestones));
            Preconditions.CheckArgument(
                _milestones[i].Year is not null || _milestones.Length == 1, nameof(milestones), "Only a single milestone may have no year.");
            Preconditions.CheckArgument(
                i == 0 || _milestones[i].Year > _milestones[i - 1].Year, nameof(milestones), "Milestone years must increase strictly.");
        }
        _view = Array.AsReadOnly(_milestones);
    }

    /// <summary>Creates a one-milestone target, e.g. <c>đạt 90% vào năm 2025</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="bound">The bound.</param>
    /// <param name="value">The value.</param>
    /// <param name="year">The year, or null for the plan period.</param>
    public ThresholdTarget(IndicatorUnit unit, TargetBound bound, decimal value, int? year = null)
        : this(unit, [new Milestone(year, bound, value)])
    {
    }

    /// <summary>The unit of the milestone values.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>The milestones in year order.</summary>
    public IReadOnlyList<Milestone> Milestones => _view;

    /// <summary>The last milestone: the end-of-period target.</summary>
    public Milestone Final => _milestones[^1];

    /// <inheritdoc />
    public override IndicatorDirection Direction => TargetThreshold.DirectionOf(Final.Bound);

    /// <summary>The milestone due in <paramref name="year"/>, or null.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The milestone for exactly that year (or the yearless one), or null.</returns>
    public Milestone? MilestoneIn(int year)
    {
        foreach (var milestone in _milestones)
        {
            if (milestone.Year is null || milestone.Year == year)
            {
                return milestone;
            }
        }
        return null;
    }

    /// <summary>The milestone <paramref name="year"/> works towards: the first due in or after it, else the last.</summary>
    /// <param name="year">The reporting year.</param>
    /// <returns>The governing milestone.</returns>
    public Milestone MilestoneFor(int year)
    {
        foreach (var milestone in _milestones)
        {
            if (milestone.Year is null || milestone.Year >= year)
            {
                return milestone;
            }
        }
        return Final;
    }

    /// <summary>Whether <paramref name="value"/> meets the final milestone.</summary>
    /// <param name="value">An observed value in <see cref="Unit"/>.</param>
    /// <returns>True when met.</returns>
    public bool IsAchievedBy(decimal value) => Final.Threshold.IsMetBy(value);

    /// <inheritdoc />
    public override int? DeadlineFor(int year) => MilestoneFor(year).Year;

    /// <inheritdoc />
    public override TargetThreshold? ThresholdFor(int year, TargetBaseline? baseline = null) => MilestoneFor(year).Threshold;

    /// <inheritdoc />
    public override string ToVietnameseString()
    {
        var text = new StringBuilder();
        for (var i = 0; i < _milestones.Length; i++)
        {
            var m = _milestones[i];
            var inherited = i == 0 ? TargetBound.AtLeast : _milestones[i - 1].Bound;
            if (i > 0)
            {
                text.Append(" và ");
            }
            if (m.IsMaintained)
            {
                text.Append("duy trì ");
                if (m.Bound != inherited)
                {
                    text.Append(VietnameseWord(m.Bound)).Append(' ');
                }
            }
            else if (i == 0 || m.Bound != inherited)
            {
                text.Append(VietnameseWord(m.Bound)).Append(' ');
            }
            text.Append(TargetNumber.FormatVietnamese(m.Value)).Append(Unit.VietnameseSuffix);
            if (m.Year is { } year)
            {
                text.Append(m.IsMaintained ? " đến năm " : " vào năm ").Append(year.ToString(CultureInfo.InvariantCulture));
            }
        }
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToEnglishString()
    {
        var text = new StringBuilder();
        for (var i = 0; i < _milestones.Length; i++)
        {
            var m = _milestones[i];
            if (i > 0)
            {
                text.Append(" and ");
            }
            if (m.IsMaintained)
            {
                text.Append("maintain ");
            }
            if (i == 0 || m.Bound != _milestones[i - 1].Bound)
            {
                text.Append(EnglishWord(m.Bound)).Append(' ');
            }
            text.Append(TargetNumber.FormatEnglish(m.Value)).Append(Unit.EnglishSuffix);
            if (m.Year is { } year)
            {
                text.Append(m.IsMaintained ? " until " : " by ").Append(year.ToString(CultureInfo.InvariantCulture));
            }
        }
        return text.ToString();
    }

    /// <inheritdoc />
    public override bool Equals(Target? other) =>
        other is ThresholdTarget t && t.Unit == Unit && t._milestones.AsSpan().SequenceEqual(_milestones);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Unit);
        foreach (var m in _milestones)
        {
            hash.Add(m);
        }
        return hash.ToHashCode();
    }

    internal static string VietnameseWord(TargetBound bound) => bound switch
    {
        TargetBound.AtLeast => "đạt",
        TargetBound.Above => "trên",
        TargetBound.AtMost => "không quá",
        _ => "dưới",
    };

    private static string EnglishWord(TargetBound bound) => bound switch
    {
        TargetBound.AtLeast => "at least",
        TargetBound.Above => "above",
        TargetBound.AtMost => "at most",
        _ => "below",
    };
}
