using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Units;

/// <summary>
/// The kind of an administrative unit (<c>loại đơn vị hành chính</c>), such as <c>tỉnh</c>, <c>quận</c> or
/// <c>phường</c>, each belonging to one <see cref="AdministrativeLevel"/>.
/// </summary>
/// <remarks>
/// <para>Listed in the order of Constitution 2013 art. 110 and the Law on the Organisation of Local Government
/// (2015, and 72/2025/QH15 for <see cref="SpecialZone"/>). A unit's kind can change over time while its territory
/// stays the same (Thừa Thiên Huế, a province, became the centrally-run city Huế on 1 January 2025 under
/// Resolution 175/2024/QH15), which is why kind is a property of a dated <see cref="AdministrativeUnit"/> record.</para>
/// <para><see cref="Prefix"/> is the word that precedes the proper name in official use
/// (<c>Tỉnh Quảng Ngãi</c>, <c>Thành phố Huế</c>, <c>Phường Hoàn Kiếm</c>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AdministrativeUnitKind : ClosedSet<AdministrativeUnitKind>, IClosedSet<AdministrativeUnitKind>
{
    /// <summary>Province (<c>tỉnh</c>).</summary>
    public static readonly AdministrativeUnitKind Province =
        new(nameof(Province), 1, AdministrativeLevel.Province, "tỉnh", "Tỉnh", "province");

    /// <summary>Centrally-run city (<c>thành phố trực thuộc trung ương</c>), a province-level city.</summary>
    public static readonly AdministrativeUnitKind CentralCity =
        new(nameof(CentralCity), 2, AdministrativeLevel.Province, "thành phố trực thuộc trung ương", "Thành phố", "centrally-run city");

    /// <summary>Urban district (<c>quận</c>) of a centrally-run city. District level, until 30 June 2025.</summary>
    public static readonly AdministrativeUnitKind UrbanDistrict =
        new(nameof(UrbanDistrict), 3, AdministrativeLevel.District, "quận", "Quận", "urban district");

    /// <summary>Rural district (<c>huyện</c>). District level, until 30 June 2025.</summary>
    public static readonly AdministrativeUnitKind RuralDistrict =
        new(nameof(RuralDistrict), 4, AdministrativeLevel.District, "huyện", "Huyện", "rural district");

    /// <summary>District-level town (<c>thị xã</c>). District level, until 30 June 2025.</summary>
    public static readonly AdministrativeUnitKind DistrictTown =
        new(nameof(DistrictTown), 5, AdministrativeLevel.District, "thị xã", "Thị xã", "district-level town");

    /// <summary>City under a province (<c>thành phố thuộc tỉnh</c>). District level, until 30 June 2025.</summary>
    public static readonly AdministrativeUnitKind ProvincialCity =
        new(nameof(ProvincialCity), 6, AdministrativeLevel.District, "thành phố thuộc tỉnh", "Thành phố", "provincial city");

    /// <summary>
    /// City under a centrally-run city (<c>thành phố thuộc thành phố trực thuộc trung ương</c>), such as Thủ Đức.
    /// District level, until 30 June 2025.
    /// </summary>
    public static readonly AdministrativeUnitKind MunicipalCity =
        new(nameof(MunicipalCity), 7, AdministrativeLevel.District, "thành phố thuộc thành phố trực thuộc trung ương", "Thành phố", "municipal city");

    /// <summary>Rural commune (<c>xã</c>).</summary>
    public static readonly AdministrativeUnitKind Commune =
        new(nameof(Commune), 8, AdministrativeLevel.Commune, "xã", "Xã", "commune");

    /// <summary>Urban ward (<c>phường</c>).</summary>
    public static readonly AdministrativeUnitKind Ward =
        new(nameof(Ward), 9, AdministrativeLevel.Commune, "phường", "Phường", "ward");

    /// <summary>Township (<c>thị trấn</c>), the seat of a rural district. Until 30 June 2025.</summary>
    public static readonly AdministrativeUnitKind Township =
        new(nameof(Township), 10, AdministrativeLevel.Commune, "thị trấn", "Thị trấn", "township");

    /// <summary>
    /// Special zone (<c>đặc khu</c>), a commune-level island unit created from 1 July 2025
    /// (Law on the Organisation of Local Government 72/2025/QH15).
    /// </summary>
    public static readonly AdministrativeUnitKind SpecialZone =
        new(nameof(SpecialZone), 11, AdministrativeLevel.Commune, "đặc khu", "Đặc khu", "special zone");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<AdministrativeUnitKind> IClosedSet<AdministrativeUnitKind>.Members { get; } = [Province, CentralCity, UrbanDistrict, RuralDistrict, DistrictTown, ProvincialCity, MunicipalCity, Commune, Ward, Township, SpecialZone];

    private AdministrativeUnitKind(string name, int value, AdministrativeLevel level, string vietnameseName, string prefix, string englishName)
        : base(name, value)
    {
        Level = level;
        VietnameseName = vietnameseName;
        Prefix = prefix;
        EnglishName = englishName;
    }

    /// <summary>The level the kind belongs to.</summary>
    public AdministrativeLevel Level { get; }

    /// <summary>The Vietnamese term in lower case, e.g. <c>thành phố trực thuộc trung ương</c>.</summary>
    public string VietnameseName { get; }

    /// <summary>The capitalised word written before a unit's proper name, e.g. <c>Thành phố</c> or <c>Tỉnh</c>.</summary>
    public string Prefix { get; }

    /// <summary>An English description, e.g. <c>centrally-run city</c>.</summary>
    public string EnglishName { get; }
}
