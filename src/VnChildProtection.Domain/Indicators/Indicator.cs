using System;
using System.Collections.Generic;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// An indicator (<i>Chỉ tiêu</i>) of the National Programme of Action for Children 2021–2030: its number,
/// objective, names, lead ministry and one or more measures.
/// </summary>
/// <remarks>
/// <para>Source: Decision 23/QĐ-TTg (07/01/2021), Article 1, section 1.1.2. The shipped catalogue is
/// <see cref="IndicatorRegistry.Default"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Indicator : IEquatable<Indicator>
{
    private readonly IndicatorMeasure[] _measures;
    private readonly System.Collections.ObjectModel.ReadOnlyCollection<IndicatorMeasure> _view;

    /// <summary>Creates an indicator.</summary>
    /// <param name="id">The number.</param>
    /// <param name="objective">The objective it belongs to.</param>
    /// <param name="vietnameseName">A short Vietnamese name.</param>
    /// <param name="englishName">A short English name.</param>
    /// <param name="leadMinistry">The lead ministry's name (Vietnamese, with English), as plain text.</param>
    /// <param name="measures">The measures, lettered a, b, c… in order, all belonging to <paramref name="id"/>.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A name is blank, or the measures are empty, foreign or mis-lettered.</exception>
    public Indicator(IndicatorId id, IndicatorObjective objective, string vietnameseName, string englishName, string leadMinistry, IEnumerable<IndicatorMeasure> measures)
    {
        Preconditions.CheckArgument(id.Value != 0, nameof(id), "The default IndicatorId is not valid.");
        Id = id;
        Objective = Preconditions.CheckNotNull(objective);
        VietnameseName = Preconditions.CheckNotBlank(vietnameseName);
        EnglishName = Preconditions.CheckNotBlank(englishName);
        LeadMinistry = Preconditions.CheckNotBlank(leadMinistry);
        _measures = [.. Preconditions.CheckNotNull(measures)];
        Preconditions.CheckArgument(_measures.Length > 0, nameof(measures), "An indicator has at least one measure.");
        for (var i = 0; i < _measures.Length; i++)
        {
            Preconditions.CheckNotNull(_measures[i], nameof(measures));
            Preconditions.CheckArgument(
                _measures[i].Id == new MeasureId(id, (char)('a' + i)), nameof(measures), "Measures must be lettered a, b, c… in order under this indicator.");
        }
        _view = Array.AsReadOnly(_measures);
    }

    /// <summary>The number.</summary>
    public IndicatorId Id { get; }

    /// <summary>The objective (<i>mục tiêu</i>) the indicator belongs to.</summary>
    public IndicatorObjective Objective { get; }

    /// <summary>A short Vietnamese name.</summary>
    public string VietnameseName { get; }

    /// <summary>A short English name.</summary>
    public string EnglishName { get; }

    /// <summary>The lead ministry (<i>cơ quan chủ trì</i>) as plain text, e.g. <c>Bộ Y tế (Ministry of Health)</c>.</summary>
    public string LeadMinistry { get; }

    /// <summary>The measures in order.</summary>
    public IReadOnlyList<IndicatorMeasure> Measures => _view;

    /// <inheritdoc />
    public bool Equals(Indicator? other) =>
        other is not null && Id == other.Id && Objective == other.Objective && VietnameseName == other.VietnameseName
        && EnglishName == other.EnglishName && LeadMinistry == other.LeadMinistry && _measures.AsSpan().SequenceEqual(other._measures);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Indicator);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Objective, VietnameseName, LeadMinistry, _measures.Length);

    /// <summary>Returns the number and English name, e.g. <c>CT3 Child mortality</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Id + " " + EnglishName;

    /// <summary>Value equality.</summary>
    public static bool operator ==(Indicator? left, Indicator? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Indicator? left, Indicator? right) => !Equals(left, right);
}
