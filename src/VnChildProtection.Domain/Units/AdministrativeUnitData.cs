using System.Collections.Generic;
using NodaTime;

namespace VnChildProtection.Domain.Units;

/// <summary>
/// The shipped administrative-unit data set: every province-level unit (tỉnh, thành phố trực thuộc trung ương)
/// before and after the provincial merger of 1 July 2025.
/// </summary>
/// <remarks>
/// Sources and verification (checked 2026-11-25 with the project's search tools):
/// <list type="bullet">
/// <item>Pre-merger codes: Decision 124/2004/QĐ-TTg (Danh mục và mã số các đơn vị hành chính Việt Nam) as kept up to
/// date by the statistics office (GSO). All 63 codes and names below match the GSO province list as reproduced in
/// many independent public data files (e.g. the widely copied <c>devvn_tinhthanhpho</c> table and
/// daohoangson/dvhcvn, v20250301) and the list. Not checked against the text of Decision 124/2004 itself.</item>
/// <item>Thừa Thiên Huế became the centrally-run city Huế on 1 January 2025 under National Assembly Resolution
/// 175/2024/QH15 (30 November 2024, in force 1 January 2025; checked in two press reports). The issue named
/// Resolution 1314/NQ-UBTVQH15, which (unverified) is the Standing Committee's resolution on Huế's districts and
/// communes, not the one that created the city.</item>
/// <item>Merger map: Resolution 202/2025/QH15 (12 June 2025) on the arrangement of province-level units. Per press
/// reports of its text (laodong.vn), it took effect on adoption, 12 June 2025, but the old provincial authorities
/// kept operating until the new ones "officially operate from 1 July 2025", and the new codes (Decision
/// 19/2025/QĐ-TTg) apply from 1 July 2025; 1 July 2025 is the start date used here. The map matches DOMAIN.md and the
/// appendix of Party Central Committee Resolution 60-NQ/TW (12 April 2025), which fixed the 23 mergers and the names
/// kept (text copy in dvhcvn/20250701, input/docs). Resolution 202/2025/QH15's own table was not read in this
/// session.</item>
/// <item>Observed, not a rule: in all 23 mergers the new code is the old code of the part that hosts the new
/// political-administrative centre named in 60-NQ/TW (Lào Cai takes Yên Bái's 15, Bắc Ninh Bắc Giang's 24, Quảng Trị
/// Quảng Bình's 44, Gia Lai Bình Định's 52, Tây Ninh Long An's 80, Đồng Tháp Tiền Giang's 82, An Giang Kiên Giang's
/// 91).</item>
/// <item>Post-merger codes: Decision 19/2025/QĐ-TTg (effective 1 July 2025); the 34 codes and names below match the
/// statistics office's Official Letter 915/CTK-CSCL (copy in dvhcvn/20250701, input/docs) and DOMAIN.md. Not checked
/// against the decision's own text.</item>
/// <item>Start dates of pre-merger provinces are left open (null): they predate this data set (most since
/// 1 January 1997 or 1 January 2004; Hà Nội's current borders since 1 August 2008) and were not verified.</item>
/// </list>
/// Districts and communes (696 and 10,035 records before, 3,321 after 1 July 2025) are shipped separately, in the
/// generated table that <see cref="AdministrativeUnitDataFile"/> reads.
/// </remarks>
internal static class AdministrativeUnitData
{
    /// <summary>1 January 2025: Huế becomes a centrally-run city (Resolution 175/2024/QH15).</summary>
    private static readonly LocalDate HueCityStart = new(2025, 1, 1);

    /// <summary>1 July 2025: the 34 provinces of Resolution 202/2025/QH15 start.</summary>
    private static readonly LocalDate MergerStart = new(2025, 7, 1);

    private static readonly LocalDate MergerEve = MergerStart.PlusDays(-1);

    /// <summary>The province-level records, before and after 1 July 2025.</summary>
    internal static IReadOnlyList<AdministrativeUnit> Provinces { get; } =
    [
        // Unchanged by Resolution 202/2025/QH15 (11): one open record each, code kept (Decision 19/2025/QĐ-TTg).
        Current("01", "Hà Nội", AdministrativeUnitKind.CentralCity, null),
        Current("04", "Cao Bằng", AdministrativeUnitKind.Province, null),
        Current("11", "Điện Biên", AdministrativeUnitKind.Province, null),
        Current("12", "Lai Châu", AdministrativeUnitKind.Province, null),
        Current("14", "Sơn La", AdministrativeUnitKind.Province, null),
        Current("20", "Lạng Sơn", AdministrativeUnitKind.Province, null),
        Current("22", "Quảng Ninh", AdministrativeUnitKind.Province, null),
        Current("38", "Thanh Hóa", AdministrativeUnitKind.Province, null),
        Current("40", "Nghệ An", AdministrativeUnitKind.Province, null),
        Current("42", "Hà Tĩnh", AdministrativeUnitKind.Province, null),

        // Huế: same territory, new status on 1 January 2025 (Resolution 175/2024/QH15), unchanged on 1 July 2025.
        Ended("46", "Thừa Thiên Huế", AdministrativeUnitKind.Province, HueCityStart.PlusDays(-1), "46"),
        Current("46", "Huế", AdministrativeUnitKind.CentralCity, HueCityStart),

        // Merged on 1 July 2025 (Resolution 202/2025/QH15): each part ends on 30 June 2025 and names the new code.
        // New name first; the new code is the old code of one part, not always the namesake's.
        ..Merged("08", "Tuyên Quang", AdministrativeUnitKind.Province, ("08", "Tuyên Quang"), ("02", "Hà Giang")),
        ..Merged("15", "Lào Cai", AdministrativeUnitKind.Province, ("10", "Lào Cai"), ("15", "Yên Bái")),
        ..Merged("19", "Thái Nguyên", AdministrativeUnitKind.Province, ("19", "Thái Nguyên"), ("06", "Bắc Kạn")),
        ..Merged("25", "Phú Thọ", AdministrativeUnitKind.Province, ("25", "Phú Thọ"), ("26", "Vĩnh Phúc"), ("17", "Hòa Bình")),
        ..Merged("24", "Bắc Ninh", AdministrativeUnitKind.Province, ("27", "Bắc Ninh"), ("24", "Bắc Giang")),
        ..Merged("33", "Hưng Yên", AdministrativeUnitKind.Province, ("33", "Hưng Yên"), ("34", "Thái Bình")),
        ..Merged("31", "Hải Phòng", AdministrativeUnitKind.CentralCity, ("31", "Hải Phòng"), ("30", "Hải Dương")),
        ..Merged("37", "Ninh Bình", AdministrativeUnitKind.Province, ("37", "Ninh Bình"), ("35", "Hà Nam"), ("36", "Nam Định")),
        ..Merged("44", "Quảng Trị", AdministrativeUnitKind.Province, ("45", "Quảng Trị"), ("44", "Quảng Bình")),
        ..Merged("48", "Đà Nẵng", AdministrativeUnitKind.CentralCity, ("48", "Đà Nẵng"), ("49", "Quảng Nam")),
        ..Merged("51", "Quảng Ngãi", AdministrativeUnitKind.Province, ("51", "Quảng Ngãi"), ("62", "Kon Tum")),
        ..Merged("52", "Gia Lai", AdministrativeUnitKind.Province, ("64", "Gia Lai"), ("52", "Bình Định")),
        ..Merged("56", "Khánh Hòa", AdministrativeUnitKind.Province, ("56", "Khánh Hòa"), ("58", "Ninh Thuận")),
        ..Merged("68", "Lâm Đồng", AdministrativeUnitKind.Province, ("68", "Lâm Đồng"), ("67", "Đắk Nông"), ("60", "Bình Thuận")),
        ..Merged("66", "Đắk Lắk", AdministrativeUnitKind.Province, ("66", "Đắk Lắk"), ("54", "Phú Yên")),
        ..Merged("79", "Hồ Chí Minh", AdministrativeUnitKind.CentralCity, ("79", "Hồ Chí Minh"), ("74", "Bình Dương"), ("77", "Bà Rịa - Vũng Tàu")),
        ..Merged("75", "Đồng Nai", AdministrativeUnitKind.Province, ("75", "Đồng Nai"), ("70", "Bình Phước")),
        ..Merged("80", "Tây Ninh", AdministrativeUnitKind.Province, ("72", "Tây Ninh"), ("80", "Long An")),
        ..Merged("92", "Cần Thơ", AdministrativeUnitKind.CentralCity, ("92", "Cần Thơ"), ("94", "Sóc Trăng"), ("93", "Hậu Giang")),
        ..Merged("86", "Vĩnh Long", AdministrativeUnitKind.Province, ("86", "Vĩnh Long"), ("83", "Bến Tre"), ("84", "Trà Vinh")),
        ..Merged("82", "Đồng Tháp", AdministrativeUnitKind.Province, ("87", "Đồng Tháp"), ("82", "Tiền Giang")),
        ..Merged("96", "Cà Mau", AdministrativeUnitKind.Province, ("96", "Cà Mau"), ("95", "Bạc Liêu")),
        ..Merged("91", "An Giang", AdministrativeUnitKind.Province, ("89", "An Giang"), ("91", "Kiên Giang")),
    ];

    // Abbreviations seen in documents; the kind prefix (tỉnh, thành phố, TP.) is handled by name lookup itself.
    private static string[] AliasesOf(string name) => name switch
    {
        "Hồ Chí Minh" => ["TPHCM", "HCM", "TP.HCM"],
        _ => [],
    };

    private static AdministrativeUnit Current(string code, string name, AdministrativeUnitKind kind, LocalDate? validFrom) =>
        new(AdministrativeUnitCode.Of(code), name, kind, validFrom, null, alternativeNames: AliasesOf(name));

    private static AdministrativeUnit Ended(string code, string name, AdministrativeUnitKind kind, LocalDate validTo, string successor) =>
        new(AdministrativeUnitCode.Of(code), name, kind, null, validTo, successorCodes: [AdministrativeUnitCode.Of(successor)], alternativeNames: AliasesOf(name));

    // The parts of a merger end on its eve; the new unit starts on 1 July 2025. The five centrally-run cities before
    // the merger are the parts that share the new city's name and code (Hà Nội aside, which is unchanged).
    private static IEnumerable<AdministrativeUnit> Merged(
        string code, string name, AdministrativeUnitKind kind, params (string Code, string Name)[] parts)
    {
        foreach (var (partCode, partName) in parts)
        {
            var partKind = kind == AdministrativeUnitKind.CentralCity && partName == name ? kind : AdministrativeUnitKind.Province;
            yield return Ended(partCode, partName, partKind, MergerEve, code);
        }
        yield return new AdministrativeUnit(AdministrativeUnitCode.Of(code), name, kind, MergerStart, null, alternativeNames: AliasesOf(name));
    }
}
