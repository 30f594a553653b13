using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// Where a case stands in the support/intervention procedure of Decree 56/2017/NĐ-CP art. 25–32 (Law on Children 2016
/// art. 49–52), in the order of the procedure.
/// </summary>
/// <remarks>
/// <para>The transitions between states, their guards and roles are in <see cref="WorkflowDefinition.Default"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CaseState : ClosedSet<CaseState>, IClosedSet<CaseState>
{
    /// <summary>Đã tiếp nhận thông tin: the report is recorded (form 01) at the commune (art. 25.1, 26.1).</summary>
    public static readonly CaseState Received = new(nameof(Received), 1, "đã tiếp nhận thông tin", "Decree 56/2017 art. 25–26");

    /// <summary>
    /// Đánh giá nguy cơ cụ thể: the initial assessment (form 02) is done; detailed information gathering and needs
    /// assessment (form 03) under way (art. 26.2, 27.1).
    /// </summary>
    public static readonly CaseState Assessing = new(nameof(Assessing), 2, "thu thập thông tin, đánh giá nguy cơ cụ thể", "Decree 56/2017 art. 27");

    /// <summary>Can thiệp khẩn cấp: emergency measures are applied (art. 26.3, 31).</summary>
    public static readonly CaseState Emergency = new(nameof(Emergency), 3, "can thiệp khẩn cấp", "Decree 56/2017 art. 31");

    /// <summary>
    /// Tạm thời cách ly, chăm sóc thay thế: the child is temporarily separated from parents or caregivers and placed in
    /// alternative care (art. 32; Law art. 50.2.b–c, 52.3).
    /// </summary>
    public static readonly CaseState Separated = new(nameof(Separated), 4, "tạm thời cách ly, chăm sóc thay thế", "Decree 56/2017 art. 32");

    /// <summary>Xây dựng kế hoạch: the officer drafts the support/intervention plan (form 04, art. 28.1).</summary>
    public static readonly CaseState Drafting = new(nameof(Drafting), 5, "xây dựng kế hoạch hỗ trợ, can thiệp", "Decree 56/2017 art. 28.1");

    /// <summary>Trình phê duyệt: the plan is submitted to the commune chair (art. 28.2, 28.4).</summary>
    public static readonly CaseState AwaitingApproval = new(nameof(AwaitingApproval), 6, "trình phê duyệt kế hoạch", "Decree 56/2017 art. 28.4");

    /// <summary>Thực hiện kế hoạch: the approved plan is implemented, monitored and adjusted (art. 29).</summary>
    public static readonly CaseState Implementing = new(nameof(Implementing), 7, "thực hiện kế hoạch", "Decree 56/2017 art. 29");

    /// <summary>Rà soát, đánh giá: the review after implementation (form 06, art. 30).</summary>
    public static readonly CaseState Reviewing = new(nameof(Reviewing), 8, "rà soát, đánh giá", "Decree 56/2017 art. 30");

    /// <summary>Kết thúc: the case is closed; only a new report reopens it (art. 30.1.b, 27.2).</summary>
    public static readonly CaseState Closed = new(nameof(Closed), 9, "kết thúc", "Decree 56/2017 art. 30.1.b");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<CaseState> IClosedSet<CaseState>.Members { get; } = [Received, Assessing, Emergency, Separated, Drafting, AwaitingApproval, Implementing, Reviewing, Closed];

    private CaseState(string name, int value, string vietnameseName, string citation)
        : base(name, value)
    {
        VietnameseName = vietnameseName;
        Citation = citation;
    }

    /// <summary>The Vietnamese name of the stage.</summary>
    public string VietnameseName { get; }

    /// <summary>The article that governs the stage, e.g. <c>Decree 56/2017 art. 28.1</c>.</summary>
    public string Citation { get; }

    /// <summary>Whether the case is still open (every state but <see cref="Closed"/>).</summary>
    public bool IsOpen => this != Closed;
}
