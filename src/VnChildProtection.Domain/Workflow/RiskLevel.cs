using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// The risk and harm found by the initial assessment (đánh giá nguy cơ ban đầu, mức độ tổn hại; form 02 of Decree
/// 56/2017/NĐ-CP, art. 26.2).
/// </summary>
/// <remarks>
/// <para>The decree fixes one threshold only: a child at risk of or suffering serious harm to life, health or dignity
/// (<see cref="Serious"/>) must be given emergency measures or temporary separation within 12 hours (art. 26.3, 31.1–2,
/// 32.2). The lower grades follow the usual scale of the form and carry no deadline of their own.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RiskLevel : ClosedSet<RiskLevel>, IClosedSet<RiskLevel>
{
    /// <summary>Nguy cơ thấp: low risk, no emergency measure needed.</summary>
    public static readonly RiskLevel Low = new(nameof(Low), 1, "nguy cơ thấp");

    /// <summary>Nguy cơ trung bình: medium risk, no emergency measure needed.</summary>
    public static readonly RiskLevel Medium = new(nameof(Medium), 2, "nguy cơ trung bình");

    /// <summary>Nguy cơ cao: high risk, support or intervention likely, no emergency measure needed.</summary>
    public static readonly RiskLevel High = new(nameof(High), 3, "nguy cơ cao");

    /// <summary>
    /// Có nguy cơ hoặc đang bị tổn hại nghiêm trọng về tính mạng, sức khỏe, nhân phẩm: serious harm or risk of it; the
    /// child needs emergency protection (Decree 56/2017 art. 26.3, 31.1).
    /// </summary>
    public static readonly RiskLevel Serious = new(nameof(Serious), 4, "tổn hại nghiêm trọng");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<RiskLevel> IClosedSet<RiskLevel>.Members { get; } = [Low, Medium, High, Serious];

    private RiskLevel(string name, int value, string vietnameseName)
        : base(name, value) => VietnameseName = vietnameseName;

    /// <summary>The Vietnamese name, e.g. <c>nguy cơ cao</c>.</summary>
    public string VietnameseName { get; }

    /// <summary>Whether the child needs emergency protection within 12 hours (Decree 56/2017 art. 26.3, 31.1).</summary>
    public bool RequiresEmergencyProtection => this == Serious;
}
