using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// What the review after implementing a plan found (rà soát, đánh giá; form 06 of Decree 56/2017/NĐ-CP, art. 30).
/// </summary>
/// <remarks>
/// <para>Art. 30.1.b: the plan is closed if the child is no longer at risk and is physically, psychologically,
/// cognitively and emotionally stable; art. 30.1.c: otherwise the planning procedure starts again.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ReviewFinding : ClosedSet<ReviewFinding>, IClosedSet<ReviewFinding>
{
    /// <summary>Không còn nguy cơ, ổn định: no longer at risk and stable; the plan may be closed (art. 30.1.b).</summary>
    public static readonly ReviewFinding SafeAndStable = new(nameof(SafeAndStable), 1, "không còn nguy cơ, ổn định");

    /// <summary>Vẫn có nguy cơ hoặc chưa ổn định: still at risk or not stable; plan again (art. 30.1.c).</summary>
    public static readonly ReviewFinding StillAtRisk = new(nameof(StillAtRisk), 2, "vẫn có nguy cơ hoặc chưa ổn định");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<ReviewFinding> IClosedSet<ReviewFinding>.Members { get; } = [SafeAndStable, StillAtRisk];

    private ReviewFinding(string name, int value, string vietnameseName)
        : base(name, value) => VietnameseName = vietnameseName;

    /// <summary>The Vietnamese wording of the finding.</summary>
    public string VietnameseName { get; }
}
