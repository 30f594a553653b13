using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// Where a report about a child came from (nguồn thông tin, thông báo, tố giác): the national hotline 111, the police,
/// a labour-social body, a school, a health facility, a citizen or the child.
/// </summary>
/// <remarks>
/// <para>Law on Children 2016 art. 51.1 obliges agencies, educational establishments, families and individuals to report;
/// Decree 56/2017/NĐ-CP art. 25.1 names the places that receive reports (the hotline, labour-social and police bodies
/// at every level, the commune People's Committee) and art. 26.1 makes the first three pass them on at once to the
/// commune where it happened. The source is recorded on the case; it never identifies the person who reported.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ReportSource : ClosedSet<ReportSource>, IClosedSet<ReportSource>
{
    /// <summary>Tổng đài điện thoại quốc gia bảo vệ trẻ em 111: the national child-protection hotline (Decree 56/2017 art. 25.1, 26.1).</summary>
    public static readonly ReportSource Hotline111 = new(nameof(Hotline111), 1, "Tổng đài 111");

    /// <summary>Cơ quan công an: the police at any level (Decree 56/2017 art. 25.1, 26.1).</summary>
    public static readonly ReportSource Police = new(nameof(Police), 2, "cơ quan công an");

    /// <summary>Cơ quan lao động - thương binh và xã hội: a labour-social body (since 2025 the health sector for child affairs) (Decree 56/2017 art. 25.1).</summary>
    public static readonly ReportSource LabourSocialBody = new(nameof(LabourSocialBody), 3, "cơ quan lao động - thương binh và xã hội");

    /// <summary>Cơ sở giáo dục: a school or other educational establishment (Law on Children art. 51.1).</summary>
    public static readonly ReportSource School = new(nameof(School), 4, "cơ sở giáo dục");

    /// <summary>Cơ sở khám bệnh, chữa bệnh: a health facility (Law on Children art. 51.1; Decree 56/2017 art. 31.5).</summary>
    public static readonly ReportSource HealthFacility = new(nameof(HealthFacility), 5, "cơ sở khám bệnh, chữa bệnh");

    /// <summary>Cá nhân, gia đình: a citizen or family member (Law on Children art. 51.1).</summary>
    public static readonly ReportSource Citizen = new(nameof(Citizen), 6, "cá nhân");

    /// <summary>Trẻ em: the child (Law on Children art. 51.1).</summary>
    public static readonly ReportSource Child = new(nameof(Child), 7, "trẻ em");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<ReportSource> IClosedSet<ReportSource>.Members { get; } = [Hotline111, Police, LabourSocialBody, School, HealthFacility, Citizen, Child];

    private ReportSource(string name, int value, string vietnameseName)
        : base(name, value) => VietnameseName = vietnameseName;

    /// <summary>The Vietnamese name, e.g. <c>Tổng đài 111</c>.</summary>
    public string VietnameseName { get; }
}
