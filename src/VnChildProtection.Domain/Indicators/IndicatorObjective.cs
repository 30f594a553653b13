using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// One of the four specific objectives (<i>mục tiêu cụ thể</i>) of the National Programme of Action for
/// Children 2021–2030, under which its 24 indicators are grouped.
/// </summary>
/// <remarks>
/// <para>Source: Decision 23/QĐ-TTg (07/01/2021), Article 1, section 1.1.2, items a) to d), in that order.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class IndicatorObjective : ClosedSet<IndicatorObjective>, IClosedSet<IndicatorObjective>
{
    /// <summary>Objective 1 (indicators 1–7): <c>Về phát triển toàn diện trẻ em, chăm sóc sức khỏe, dinh dưỡng cho trẻ em</c>.</summary>
    public static readonly IndicatorObjective Development = new(
        nameof(Development), 1,
        "Về phát triển toàn diện trẻ em, chăm sóc sức khỏe, dinh dưỡng cho trẻ em",
        "Comprehensive development, health care and nutrition of children");

    /// <summary>Objective 2 (indicators 8–14): <c>Về bảo vệ trẻ em</c>.</summary>
    public static readonly IndicatorObjective Protection = new(nameof(Protection), 2, "Về bảo vệ trẻ em", "Child protection");

    /// <summary>Objective 3 (indicators 15–21): <c>Về giáo dục, văn hóa, vui chơi, giải trí cho trẻ em</c>.</summary>
    public static readonly IndicatorObjective EducationAndCulture = new(
        nameof(EducationAndCulture), 3,
        "Về giáo dục, văn hóa, vui chơi, giải trí cho trẻ em",
        "Education, culture, play and recreation for children");

    /// <summary>Objective 4 (indicators 22–24): <c>Về sự tham gia của trẻ em vào các vấn đề về trẻ em</c>.</summary>
    public static readonly IndicatorObjective Participation = new(
        nameof(Participation), 4,
        "Về sự tham gia của trẻ em vào các vấn đề về trẻ em",
        "Children's participation in matters concerning children");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<IndicatorObjective> IClosedSet<IndicatorObjective>.Members { get; } = [Development, Protection, EducationAndCulture, Participation];

    private IndicatorObjective(string name, int value, string vietnameseName, string englishName)
        : base(name, value)
    {
        VietnameseName = vietnameseName;
        EnglishName = englishName;
    }

    /// <summary>The Vietnamese title as written in the Decision.</summary>
    public string VietnameseName { get; }

    /// <summary>An English title.</summary>
    public string EnglishName { get; }
}
