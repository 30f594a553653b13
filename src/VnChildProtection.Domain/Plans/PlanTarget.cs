using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans;

/// <summary>
/// One target clause of a plan indicator: the clause as written, the measure of the national catalogue it sets (when
/// known), and the typed target (when the clause could be read).
/// </summary>
/// <remarks>
/// <c>Chỉ tiêu 3</c> of seed 002 holds three clauses (neonatal, under-1 and under-5 mortality), each a
/// <see cref="PlanTarget"/>. A clause that could not be read keeps its <see cref="Text"/> with a null
/// <see cref="Target"/>, so nothing is lost. This type is immutable and thread-safe.
/// </remarks>
public sealed record PlanTarget
{
    /// <summary>The clause as written (<c>giảm tỷ suất tử vong trẻ sơ sinh dưới 9,5</c>).</summary>
    public required string Text { get; init; }

    /// <summary>The measure of the national catalogue (Decision 23/QĐ-TTg) this clause sets, when identified.</summary>
    public MeasureId? Measure { get; init; }

    /// <summary>The typed target, when the clause could be read.</summary>
    public Target? Target { get; init; }

    /// <summary>Where the clause is in the source text.</summary>
    public SourceSpan? Source { get; init; }
}
