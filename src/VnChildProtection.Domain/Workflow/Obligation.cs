using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// A statutory time limit of the intervention procedure (thời hạn), such as "apply emergency measures within 12 hours".
/// </summary>
/// <remarks>
/// <para>The period, the article and the steps that open and meet each obligation are rows of
/// <see cref="WorkflowDefinition.Obligations"/>; this set only names them.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Obligation : ClosedSet<Obligation>, IClosedSet<Obligation>
{
    /// <summary>Can thiệp khẩn cấp trong 12 giờ: emergency measures or temporary separation within 12 hours of the report (Decree 56/2017 art. 26.3, 31.2, 32.2).</summary>
    public static readonly Obligation EmergencyProtection = new(nameof(EmergencyProtection), 1, "can thiệp khẩn cấp trong vòng 12 giờ");

    /// <summary>Xây dựng kế hoạch trong 05 ngày làm việc: draft the plan within 5 working days (art. 28.1).</summary>
    public static readonly Obligation DraftPlan = new(nameof(DraftPlan), 2, "xây dựng kế hoạch trong 05 ngày làm việc");

    /// <summary>Phê duyệt kế hoạch trong 02 ngày làm việc: decide on the plan within 2 working days (art. 28.4).</summary>
    public static readonly Obligation DecideOnPlan = new(nameof(DecideOnPlan), 3, "phê duyệt kế hoạch trong 02 ngày làm việc");

    /// <summary>Thời hạn cách ly tối đa 15 ngày: temporary separation ends within 15 days (art. 32.3).</summary>
    public static readonly Obligation EndSeparation = new(nameof(EndSeparation), 4, "cách ly tối đa 15 ngày");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<Obligation> IClosedSet<Obligation>.Members { get; } = [EmergencyProtection, DraftPlan, DecideOnPlan, EndSeparation];

    private Obligation(string name, int value, string vietnameseName)
        : base(name, value) => VietnameseName = vietnameseName;

    /// <summary>The Vietnamese wording of the time limit.</summary>
    public string VietnameseName { get; }
}
