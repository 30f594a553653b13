using NodaTime;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Units;

/// <summary>
/// Real district and commune records around the 2025 creation of Phường Hoàn Kiếm, Hà Nội, for registry tests.
/// </summary>
/// <remarks>
/// Sources: Resolution 1656/NQ-UBTVQH15 (16 June 2025), art. 1 cl. 1–3 and 11, on Hà Nội's commune-level units
/// (text copy in dvhcvn/20250701, input/docs); new codes from Official Letter 1027/CTK-CSCL (25 June 2025): Hoàn
/// Kiếm 00070, Cửa Nam 00082, Ba Đình 00004, Văn Miếu - Quốc Tử Giám 00226; old ward codes under district 002 from
/// the pre-2025 list (Hàng Mã 00043 … Trần Hưng Đạo 00082). Only the wards needed for the scenarios are included
/// (e.g. Phường Điện Biên of Ba Đình district, a partial predecessor of Hoàn Kiếm, is left out), so the fixture's
/// predecessor lists are subsets of the resolution's.
/// </remarks>
internal static class HoanKiemFixture
{
    internal static readonly LocalDate Eve = new(2025, 6, 30);
    internal static readonly LocalDate Start = new(2025, 7, 1);

    internal static readonly AdministrativeUnit District = new(Code("002"), "Hoàn Kiếm", AdministrativeUnitKind.UrbanDistrict, null, Eve, Code("01"));

    internal static readonly AdministrativeUnit HoanKiemWard = New("00070", "Hoàn Kiếm");
    internal static readonly AdministrativeUnit CuaNamWard = New("00082", "Cửa Nam");
    internal static readonly AdministrativeUnit BaDinhWard = New("00004", "Ba Đình");
    internal static readonly AdministrativeUnit VanMieuWard = New("00226", "Văn Miếu - Quốc Tử Giám");

    // Wards moved wholly into Phường Hoàn Kiếm (cl. 1).
    internal static readonly AdministrativeUnit HangBac = Old("00061", "Hàng Bạc", "00070");
    internal static readonly AdministrativeUnit HangBo = Old("00052", "Hàng Bồ", "00070");
    internal static readonly AdministrativeUnit HangBuom = Old("00046", "Hàng Buồm", "00070");
    internal static readonly AdministrativeUnit HangDao = Old("00049", "Hàng Đào", "00070");
    internal static readonly AdministrativeUnit HangGai = Old("00064", "Hàng Gai", "00070");
    internal static readonly AdministrativeUnit HangMa = Old("00043", "Hàng Mã", "00070");
    internal static readonly AdministrativeUnit LyThaiTo = Old("00058", "Lý Thái Tổ", "00070");

    // Wards split between new wards (cl. 1, 2, 3, 11). Hàng Trống's code 00070 passes to Phường Hoàn Kiếm.
    internal static readonly AdministrativeUnit HangTrong = Old("00070", "Hàng Trống", "00070", "00082");
    internal static readonly AdministrativeUnit HangBong = Old("00076", "Hàng Bông", "00070", "00082");
    internal static readonly AdministrativeUnit TrangTien = Old("00079", "Tràng Tiền", "00070", "00082");
    internal static readonly AdministrativeUnit CuaDong = Old("00055", "Cửa Đông", "00070", "00004");
    internal static readonly AdministrativeUnit DongXuan = Old("00040", "Đồng Xuân", "00070", "00004");
    internal static readonly AdministrativeUnit CuaNamOld = Old("00073", "Cửa Nam", "00070", "00082", "00004", "00226");

    // Moved wholly into the new Phường Cửa Nam (cl. 2), whose code it held.
    internal static readonly AdministrativeUnit TranHungDao = Old("00082", "Trần Hưng Đạo", "00082");

    internal static readonly AdministrativeUnit[] All =
    [
        District, HoanKiemWard, CuaNamWard, BaDinhWard, VanMieuWard,
        HangBac, HangBo, HangBuom, HangDao, HangGai, HangMa, LyThaiTo,
        HangTrong, HangBong, TrangTien, CuaDong, DongXuan, CuaNamOld, TranHungDao,
    ];

    // On the shipped provinces only, so the scenarios see the fixture's districts and wards and nothing else.
    internal static AdministrativeUnitRegistry Registry { get; } =
        AdministrativeUnitRegistry.Empty.WithUnits(AdministrativeUnitData.Provinces).WithUnits(All);

    private static AdministrativeUnitCode Code(string code) => AdministrativeUnitCode.Of(code);

    private static AdministrativeUnit New(string code, string name) =>
        new(Code(code), name, AdministrativeUnitKind.Ward, Start, null, Code("01"));

    private static AdministrativeUnit Old(string code, string name, params string[] successors) =>
        new(Code(code), name, AdministrativeUnitKind.Ward, null, Eve, Code("002"), System.Array.ConvertAll(successors, Code));
}
