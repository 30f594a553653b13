using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// A step of the intervention procedure that moves a case (Decree 56/2017/NĐ-CP art. 25–32, Law on Children 2016
/// art. 51–52), in the order of the procedure.
/// </summary>
/// <remarks>
/// <para>Which states a trigger leaves, where it goes, who may fire it and what it requires are rows of
/// <see cref="WorkflowDefinition.Default"/>, and the data each step needs is its command type (one sealed
/// <see cref="CaseCommand"/> per trigger); this set only names the steps.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class WorkflowTrigger : ClosedSet<WorkflowTrigger>, IClosedSet<WorkflowTrigger>
{
    /// <summary>Tiếp nhận thông tin: a report is recorded (form 01) and handed to the commune (art. 25.1, 26.1; Law art. 51).</summary>
    public static readonly WorkflowTrigger ReceiveReport = new(nameof(ReceiveReport), 1, "tiếp nhận thông tin");

    /// <summary>Đánh giá nguy cơ ban đầu: the initial risk and harm assessment, form 02 (art. 26.2).</summary>
    public static readonly WorkflowTrigger AssessInitialRisk = new(nameof(AssessInitialRisk), 2, "đánh giá nguy cơ ban đầu");

    /// <summary>Áp dụng biện pháp can thiệp khẩn cấp: emergency measures (art. 26.3, 31).</summary>
    public static readonly WorkflowTrigger ApplyEmergencyMeasures = new(nameof(ApplyEmergencyMeasures), 3, "áp dụng biện pháp can thiệp khẩn cấp");

    /// <summary>Quyết định tạm thời cách ly: temporary separation and alternative care, form 07 (art. 32.2).</summary>
    public static readonly WorkflowTrigger SeparateTemporarily = new(nameof(SeparateTemporarily), 4, "tạm thời cách ly trẻ em");

    /// <summary>Hủy bỏ quyết định tạm thời cách ly: the separation ends when the family is assessed safe (art. 32.3).</summary>
    public static readonly WorkflowTrigger EndSeparation = new(nameof(EndSeparation), 5, "hủy bỏ quyết định tạm thời cách ly");

    /// <summary>Thu thập thông tin, đánh giá nguy cơ cụ thể: the detailed assessment, form 03 (art. 27.1).</summary>
    public static readonly WorkflowTrigger RecordDetailedAssessment = new(nameof(RecordDetailedAssessment), 6, "đánh giá nguy cơ cụ thể");

    /// <summary>Họp xác định nhu cầu: the chair's meeting that decides the protection measures (art. 27.2).</summary>
    public static readonly WorkflowTrigger HoldNeedsMeeting = new(nameof(HoldNeedsMeeting), 7, "họp xác định nhu cầu hỗ trợ, can thiệp");

    /// <summary>Kết thúc không cần kế hoạch: the assessment found no plan is needed (art. 26.2, 27.2).</summary>
    public static readonly WorkflowTrigger CloseWithoutPlan = new(nameof(CloseWithoutPlan), 8, "kết thúc, không cần kế hoạch");

    /// <summary>Trình kế hoạch: the drafted plan (form 04) is submitted for approval (art. 28.1–2).</summary>
    public static readonly WorkflowTrigger SubmitPlan = new(nameof(SubmitPlan), 9, "trình kế hoạch hỗ trợ, can thiệp");

    /// <summary>Phê duyệt kế hoạch: the chair approves one plan version (art. 28.4).</summary>
    public static readonly WorkflowTrigger ApprovePlan = new(nameof(ApprovePlan), 10, "phê duyệt kế hoạch");

    /// <summary>Trả lại kế hoạch: the chair returns one plan version for redrafting, with a reason (art. 28.4).</summary>
    public static readonly WorkflowTrigger ReturnPlan = new(nameof(ReturnPlan), 11, "trả lại kế hoạch");

    /// <summary>Điều chỉnh kế hoạch: the chair adjusts the plan on the officer's proposal (art. 29.1.a).</summary>
    public static readonly WorkflowTrigger AdjustPlan = new(nameof(AdjustPlan), 12, "điều chỉnh kế hoạch");

    /// <summary>Rà soát, đánh giá: the review after implementation starts (art. 30.1).</summary>
    public static readonly WorkflowTrigger StartReview = new(nameof(StartReview), 13, "rà soát, đánh giá");

    /// <summary>Ghi kết quả rà soát: the review's finding, form 06 (art. 30.1.a, 30.2).</summary>
    public static readonly WorkflowTrigger RecordReview = new(nameof(RecordReview), 14, "ghi kết quả rà soát");

    /// <summary>Kết thúc kế hoạch: the chair closes the plan (art. 30.1.b).</summary>
    public static readonly WorkflowTrigger Close = new(nameof(Close), 15, "kết thúc kế hoạch");

    /// <summary>Tiếp tục xây dựng kế hoạch: planning again after the review (art. 30.1.c).</summary>
    public static readonly WorkflowTrigger Replan = new(nameof(Replan), 16, "tiếp tục xây dựng kế hoạch");

    /// <summary>Mở lại: a new report about a closed case starts a new cycle (art. 25.1, 26.1; Law art. 51).</summary>
    public static readonly WorkflowTrigger Reopen = new(nameof(Reopen), 17, "mở lại hồ sơ");

    /// <summary>Đề nghị chuyển hồ sơ: the owning commune asks another commune to take the case (Law art. 52.2).</summary>
    public static readonly WorkflowTrigger RequestTransfer = new(nameof(RequestTransfer), 18, "đề nghị chuyển hồ sơ");

    /// <summary>Tiếp nhận hồ sơ chuyển đến: the receiving commune accepts; ownership moves (Law art. 52.2).</summary>
    public static readonly WorkflowTrigger AcceptTransfer = new(nameof(AcceptTransfer), 19, "tiếp nhận hồ sơ chuyển đến");

    /// <summary>Từ chối tiếp nhận: the receiving commune refuses, with a reason; ownership stays.</summary>
    public static readonly WorkflowTrigger RefuseTransfer = new(nameof(RefuseTransfer), 20, "từ chối tiếp nhận hồ sơ");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<WorkflowTrigger> IClosedSet<WorkflowTrigger>.Members { get; } = [ReceiveReport, AssessInitialRisk, ApplyEmergencyMeasures, SeparateTemporarily, EndSeparation, RecordDetailedAssessment, HoldNeedsMeeting, CloseWithoutPlan, SubmitPlan, ApprovePlan, ReturnPlan, AdjustPlan, StartReview, RecordReview, Close, Replan, Reopen, RequestTransfer, AcceptTransfer, RefuseTransfer];

    internal WorkflowTrigger(string name, int value, string vietnameseName)
        : base(name, value) => VietnameseName = vietnameseName;

    /// <summary>The Vietnamese name of the step.</summary>
    public string VietnameseName { get; }
}
