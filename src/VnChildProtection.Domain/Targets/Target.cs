using System;
using System.Diagnostics.CodeAnalysis;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Targets;

/// <summary>
/// A target set for an indicator measure (<i>chỉ tiêu</i>, <i>mục tiêu</i>) in a national or provincial plan.
/// One closed family of shapes: <see cref="ThresholdTarget"/> (reach, stay below, maintain, with milestones by
/// year), <see cref="RelativeReductionTarget"/> (<c>giảm 20% ... so với năm 2023</c>),
/// <see cref="AnnualReductionTarget"/> (<c>giảm ... từ 2 đến 3% hằng năm</c>) and
/// <see cref="CountFractionTarget"/> (<c>144/200 năm 2022 lên 150/200 năm 2023</c>).
/// </summary>
/// <remarks>
/// <para>Every shape reduces, for a given year (and a baseline where the shape needs one), to a
/// <see cref="TargetThreshold"/>; evaluation and status tracking use only that.</para>
/// <para><see cref="ToString"/> renders the Vietnamese form (decimal comma), which <see cref="Parse(string, IndicatorUnit?, IndicatorDirection?)"/>
/// reads back to an equal target. <see cref="ToEnglishString"/> renders English.</para>
/// <para>Sources: Decision 23/QĐ-TTg (07/01/2021) and the seed plans (An Giang 2024, Lạng Sơn 2023, Quảng Ninh 2021).</para>
/// <para>This type and all its subclasses are immutable and thread-safe.</para>
/// </remarks>
public abstract class Target : IEquatable<Target>
{
    private protected Target()
    {
    }

    /// <summary>Which way the target asks the indicator to move.</summary>
    public abstract IndicatorDirection Direction { get; }

    /// <summary>The baseline the target itself states (the <c>144/200 năm 2022</c> of a count fraction), if any.</summary>
    public virtual TargetBaseline? StatedBaseline => null;

    /// <summary>
    /// The year of the milestone that <paramref name="year"/> works towards: the first milestone due in or
    /// after the year, else the last one. Null when the target has no dated deadline.
    /// </summary>
    /// <param name="year">The reporting year.</param>
    /// <returns>The deadline year or null.</returns>
    public abstract int? DeadlineFor(int year);

    /// <summary>
    /// What the value must satisfy to count as achieved in <paramref name="year"/>: the threshold of the milestone
    /// the year works towards. Null when it cannot be known (a relative reduction without its baseline).
    /// </summary>
    /// <param name="year">The reporting year.</param>
    /// <param name="baseline">The observed baseline, for shapes measured against one; ignored by the others.</param>
    /// <returns>The threshold or null.</returns>
    public abstract TargetThreshold? ThresholdFor(int year, TargetBaseline? baseline = null);

    /// <summary>Whether <paramref name="value"/> meets the target for <paramref name="year"/> (see <see cref="ThresholdFor"/>).</summary>
    /// <param name="value">The observed value in the indicator's unit.</param>
    /// <param name="year">The reporting year.</param>
    /// <param name="baseline">The observed baseline, where the shape needs one.</param>
    /// <returns>True when met; false when not met or not determinable.</returns>
    public bool IsAchievedBy(decimal value, int year, TargetBaseline? baseline = null) =>
        ThresholdFor(year, baseline) is { } threshold && threshold.IsMetBy(value);

    /// <summary>Renders the target in Vietnamese with decimal comma: <c>đạt 90% vào năm 2025 và 95% vào năm 2030</c>.</summary>
    /// <returns>The Vietnamese text, which <see cref="Parse(string, IndicatorUnit?, IndicatorDirection?)"/> reads back.</returns>
    public abstract string ToVietnameseString();

    /// <summary>Renders the target in English: <c>at least 90% by 2025 and 95% by 2030</c>.</summary>
    /// <returns>The English text.</returns>
    public abstract string ToEnglishString();

    /// <summary>Returns <see cref="ToVietnameseString"/>.</summary>
    /// <returns>The Vietnamese text.</returns>
    public sealed override string ToString() => ToVietnameseString();

    /// <summary>
    /// Parses one Vietnamese target clause as written in plans: the descriptive words around the target are
    /// skipped (<c>Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98,5% vào năm 2025, phấn đấu 100% vào năm 2030</c>).
    /// Accepts text without diacritics and NFD input.
    /// </summary>
    /// <param name="text">One clause (split a <c>Chỉ tiêu</c> line into clauses first with <see cref="SplitClauses"/>).</param>
    /// <param name="unitWhenUnstated">The unit to use when the clause states none (e.g. the measure's unit); when null,
    /// mortality wording implies per 1,000 live births and anything else a count.</param>
    /// <param name="directionWhenUnstated">The measure's direction, used when a value has no bound word and no
    /// <c>giảm</c> precedes it (<c>tỷ lệ lây truyền HIV từ mẹ sang con là 2%</c> is a ceiling); when null, at least.</param>
    /// <returns>The target, or an error with a <c>TARGET-…</c> code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<Target, ParseError> Parse(string text, IndicatorUnit? unitWhenUnstated = null, IndicatorDirection? directionWhenUnstated = null) =>
        TargetParser.Parse(Preconditions.CheckNotNull(text), unitWhenUnstated, directionWhenUnstated);

    /// <summary>
    /// Parses a clause that sets values per group (<c>xuống dưới 5% đối với nông thôn và dưới 10% đối với thành thị vào năm
    /// 2025 và năm 2030</c>) into one target per group, in order; years after the last group apply to every group. A clause
    /// without <c>đối với</c> gives one target with no group.
    /// </summary>
    /// <param name="text">The clause.</param>
    /// <param name="unitWhenUnstated">As for <see cref="Parse(string, IndicatorUnit?, IndicatorDirection?)"/>.</param>
    /// <param name="directionWhenUnstated">As for <see cref="Parse(string, IndicatorUnit?, IndicatorDirection?)"/>.</param>
    /// <returns>The targets, or the first group's error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<System.Collections.Generic.IReadOnlyList<QualifiedTarget>, ParseError> ParseGroups(
        string text, IndicatorUnit? unitWhenUnstated = null, IndicatorDirection? directionWhenUnstated = null) =>
        TargetParser.ParseGroups(Preconditions.CheckNotNull(text), unitWhenUnstated, directionWhenUnstated);

    /// <summary>Parses like <see cref="Parse(string, IndicatorUnit?, IndicatorDirection?)"/>, returning false instead of an error.</summary>
    /// <param name="text">The clause, may be null.</param>
    /// <param name="target">The target when successful.</param>
    /// <returns>Whether a target was read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Target? target)
    {
        target = null;
        if (text is null || !Parse(text).TryPickT0(out var parsed, out _))
        {
            return false;
        }
        target = parsed;
        return true;
    }

    /// <summary>
    /// Splits an indicator line into target clauses at <c>;</c> and at a <c>:</c> that separates two measures,
    /// after dropping a leading <c>- Chỉ tiêu N:</c> label.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <returns>The trimmed, non-empty clauses in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    public static System.Collections.Generic.IReadOnlyList<string> SplitClauses(string line) =>
        TargetParser.SplitClauses(Preconditions.CheckNotNull(line));

    /// <inheritdoc />
    public abstract bool Equals(Target? other);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => Equals(obj as Target);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>Value equality.</summary>
    public static bool operator ==(Target? left, Target? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Target? left, Target? right) => !Equals(left, right);
}
