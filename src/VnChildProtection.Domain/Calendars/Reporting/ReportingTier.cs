using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// The level that submits a report (cấp báo cáo), from the commune up to the ministry; each tier reports to the next
/// one up that takes part in a reporting regime.
/// </summary>
/// <remarks>
/// <para>Values grow with the level, so <c>Value</c> orders tiers bottom-up. Plans state the cascade in words: units
/// (departments and district People's Committees) report to the provincial labour department (Sở LĐTBXH), which
/// reports to the ministry and the provincial People's Committee (seed 001, Lạng Sơn 2023, section V).</para>
/// <para>The district level was abolished from 1 July 2025 (two-tier local government); regimes after that date
/// cascade from <see cref="Commune"/> straight to <see cref="Province"/>, which
/// <see cref="ReportDeadlineOrder"/> handles by comparing each tier with the nearest higher tier present.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ReportingTier : ClosedSet<ReportingTier>, IClosedSet<ReportingTier>
{
    /// <summary>Cấp xã: commune-level People's Committees (xã, phường, thị trấn; đặc khu from 2025).</summary>
    public static readonly ReportingTier Commune = new(nameof(Commune), 1, "cấp xã", "commune");

    /// <summary>Cấp huyện: district-level People's Committees and, in provincial plans, the units reporting to the
    /// lead department (abolished as a level of government from 1 July 2025).</summary>
    public static readonly ReportingTier District = new(nameof(District), 2, "cấp huyện", "district");

    /// <summary>Cấp tỉnh: the province, through its lead department (sở, ngành), such as Sở LĐTBXH before 2025.</summary>
    public static readonly ReportingTier Province = new(nameof(Province), 3, "cấp tỉnh (sở, ngành)", "province/department");

    /// <summary>Cấp trung ương: the ministry in charge of child affairs (bộ, ngành trung ương), reporting nationally.</summary>
    public static readonly ReportingTier Ministry = new(nameof(Ministry), 4, "cấp trung ương (bộ)", "ministry/national");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<ReportingTier> IClosedSet<ReportingTier>.Members { get; } = [Commune, District, Province, Ministry];

    private ReportingTier(string name, int value, string vietnameseName, string englishName)
        : base(name, value)
    {
        VietnameseName = vietnameseName;
        EnglishName = englishName;
    }

    /// <summary>The Vietnamese name, such as <c>cấp tỉnh (sở, ngành)</c>.</summary>
    public string VietnameseName { get; }

    /// <summary>The English name, such as <c>province/department</c>.</summary>
    public string EnglishName { get; }
}
