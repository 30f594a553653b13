using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// Who acts in the intervention workflow (vai trò): the roles Decree 56/2017/NĐ-CP art. 25–32 and the Law on Children
/// 2016 art. 51–53 give powers to.
/// </summary>
/// <remarks>
/// <para>Commune roles (<see cref="IsCommuneRole"/>) act for one commune-level unit (xã, phường, đặc khu): an actor
/// with such a role must name the commune. The hotline, police and labour-social bodies hand reports over to the
/// commune (art. 26.1) and take part in emergencies (art. 31.4) but never own a case.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class WorkflowRole : ClosedSet<WorkflowRole>, IClosedSet<WorkflowRole>
{
    /// <summary>
    /// Người làm công tác bảo vệ trẻ em cấp xã: the commune child-protection officer, who assesses (art. 26.2, 27.1),
    /// drafts the plan (art. 28.1), follows its implementation (art. 29.1) and reviews it (art. 30.1); Law art. 53.
    /// </summary>
    public static readonly WorkflowRole CommuneOfficer = new(nameof(CommuneOfficer), 1, "người làm công tác bảo vệ trẻ em cấp xã", true);

    /// <summary>
    /// Chủ tịch Ủy ban nhân dân cấp xã: the commune chair, who orders emergency measures and temporary separation
    /// (art. 26.3, 32.2), convenes the needs meeting (art. 27.2), approves plans (art. 28.4), adjusts them (art. 29.1.a)
    /// and closes them (art. 30.1.b); Law art. 52.2.
    /// </summary>
    public static readonly WorkflowRole CommuneChair = new(nameof(CommuneChair), 2, "Chủ tịch Ủy ban nhân dân cấp xã", true);

    /// <summary>Tổng đài điện thoại quốc gia bảo vệ trẻ em (111): receives reports and passes them on (art. 25.1, 26.1).</summary>
    public static readonly WorkflowRole Hotline111 = new(nameof(Hotline111), 3, "Tổng đài điện thoại quốc gia bảo vệ trẻ em", false);

    /// <summary>Cơ quan công an: the police, who pass reports on (art. 26.1) and stop serious harm in emergencies (art. 26.3, 31.4).</summary>
    public static readonly WorkflowRole Police = new(nameof(Police), 4, "cơ quan công an", false);

    /// <summary>
    /// Cơ quan lao động - thương binh và xã hội: a labour-social body at any level, which passes reports on (art. 26.1);
    /// since 2025 child affairs sit with the health sector, which takes this role.
    /// </summary>
    public static readonly WorkflowRole LabourSocialBody = new(nameof(LabourSocialBody), 5, "cơ quan lao động - thương binh và xã hội", false);

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<WorkflowRole> IClosedSet<WorkflowRole>.Members { get; } = [CommuneOfficer, CommuneChair, Hotline111, Police, LabourSocialBody];

    private WorkflowRole(string name, int value, string vietnameseName, bool isCommuneRole)
        : base(name, value)
    {
        VietnameseName = vietnameseName;
        IsCommuneRole = isCommuneRole;
    }

    /// <summary>The Vietnamese name of the role.</summary>
    public string VietnameseName { get; }

    /// <summary>Whether the role acts for one commune (the officer and the chair).</summary>
    public bool IsCommuneRole { get; }
}
