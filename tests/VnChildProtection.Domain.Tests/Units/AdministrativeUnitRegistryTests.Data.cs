using System.Collections.Generic;

namespace VnChildProtection.Domain.Tests.Units;

// Expected data, written out independently of the shipped data class: DOMAIN.md "Provinces after 1 July 2025"
// (Resolution 202/2025/QH15, Decision 19/2025/QĐ-TTg) and the list of pre-merger codes (Decision 124/2004/QĐ-TTg).
public partial class AdministrativeUnitRegistryTests
{
    private static readonly string[] Unchanged =
        ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"];

    private static readonly Dictionary<string, string[]> MergerMap = new()
    {
        ["Tuyên Quang"] = ["Tuyên Quang", "Hà Giang"],
        ["Lào Cai"] = ["Lào Cai", "Yên Bái"],
        ["Thái Nguyên"] = ["Thái Nguyên", "Bắc Kạn"],
        ["Phú Thọ"] = ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"],
        ["Bắc Ninh"] = ["Bắc Ninh", "Bắc Giang"],
        ["Hưng Yên"] = ["Hưng Yên", "Thái Bình"],
        ["Hải Phòng"] = ["Hải Phòng", "Hải Dương"],
        ["Ninh Bình"] = ["Ninh Bình", "Hà Nam", "Nam Định"],
        ["Quảng Trị"] = ["Quảng Trị", "Quảng Bình"],
        ["Đà Nẵng"] = ["Đà Nẵng", "Quảng Nam"],
        ["Quảng Ngãi"] = ["Quảng Ngãi", "Kon Tum"],
        ["Gia Lai"] = ["Gia Lai", "Bình Định"],
        ["Khánh Hòa"] = ["Khánh Hòa", "Ninh Thuận"],
        ["Lâm Đồng"] = ["Lâm Đồng", "Đắk Nông", "Bình Thuận"],
        ["Đắk Lắk"] = ["Đắk Lắk", "Phú Yên"],
        ["Hồ Chí Minh"] = ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"],
        ["Đồng Nai"] = ["Đồng Nai", "Bình Phước"],
        ["Tây Ninh"] = ["Tây Ninh", "Long An"],
        ["Cần Thơ"] = ["Cần Thơ", "Sóc Trăng", "Hậu Giang"],
        ["Vĩnh Long"] = ["Vĩnh Long", "Bến Tre", "Trà Vinh"],
        ["Đồng Tháp"] = ["Đồng Tháp", "Tiền Giang"],
        ["Cà Mau"] = ["Cà Mau", "Bạc Liêu"],
        ["An Giang"] = ["An Giang", "Kiên Giang"],
    };

    private static readonly Dictionary<string, string> PreMergerCodes = new()
    {
        ["01"] = "Hà Nội", ["02"] = "Hà Giang", ["04"] = "Cao Bằng", ["06"] = "Bắc Kạn", ["08"] = "Tuyên Quang",
        ["10"] = "Lào Cai", ["11"] = "Điện Biên", ["12"] = "Lai Châu", ["14"] = "Sơn La", ["15"] = "Yên Bái",
        ["17"] = "Hòa Bình", ["19"] = "Thái Nguyên", ["20"] = "Lạng Sơn", ["22"] = "Quảng Ninh", ["24"] = "Bắc Giang",
        ["25"] = "Phú Thọ", ["26"] = "Vĩnh Phúc", ["27"] = "Bắc Ninh", ["30"] = "Hải Dương", ["31"] = "Hải Phòng",
        ["33"] = "Hưng Yên", ["34"] = "Thái Bình", ["35"] = "Hà Nam", ["36"] = "Nam Định", ["37"] = "Ninh Bình",
        ["38"] = "Thanh Hóa", ["40"] = "Nghệ An", ["42"] = "Hà Tĩnh", ["44"] = "Quảng Bình", ["45"] = "Quảng Trị",
        ["46"] = "Huế", ["48"] = "Đà Nẵng", ["49"] = "Quảng Nam", ["51"] = "Quảng Ngãi", ["52"] = "Bình Định",
        ["54"] = "Phú Yên", ["56"] = "Khánh Hòa", ["58"] = "Ninh Thuận", ["60"] = "Bình Thuận", ["62"] = "Kon Tum",
        ["64"] = "Gia Lai", ["66"] = "Đắk Lắk", ["67"] = "Đắk Nông", ["68"] = "Lâm Đồng", ["70"] = "Bình Phước",
        ["72"] = "Tây Ninh", ["74"] = "Bình Dương", ["75"] = "Đồng Nai", ["77"] = "Bà Rịa - Vũng Tàu", ["79"] = "Hồ Chí Minh",
        ["80"] = "Long An", ["82"] = "Tiền Giang", ["83"] = "Bến Tre", ["84"] = "Trà Vinh", ["86"] = "Vĩnh Long",
        ["87"] = "Đồng Tháp", ["89"] = "An Giang", ["91"] = "Kiên Giang", ["92"] = "Cần Thơ", ["93"] = "Hậu Giang",
        ["94"] = "Sóc Trăng", ["95"] = "Bạc Liêu", ["96"] = "Cà Mau",
    };

    private static readonly Dictionary<string, string> PostMergerCodes = new()
    {
        ["01"] = "Hà Nội", ["04"] = "Cao Bằng", ["08"] = "Tuyên Quang", ["11"] = "Điện Biên", ["12"] = "Lai Châu",
        ["14"] = "Sơn La", ["15"] = "Lào Cai", ["19"] = "Thái Nguyên", ["20"] = "Lạng Sơn", ["22"] = "Quảng Ninh",
        ["24"] = "Bắc Ninh", ["25"] = "Phú Thọ", ["31"] = "Hải Phòng", ["33"] = "Hưng Yên", ["37"] = "Ninh Bình",
        ["38"] = "Thanh Hóa", ["40"] = "Nghệ An", ["42"] = "Hà Tĩnh", ["44"] = "Quảng Trị", ["46"] = "Huế",
        ["48"] = "Đà Nẵng", ["51"] = "Quảng Ngãi", ["52"] = "Gia Lai", ["56"] = "Khánh Hòa", ["66"] = "Đắk Lắk",
        ["68"] = "Lâm Đồng", ["75"] = "Đồng Nai", ["79"] = "Hồ Chí Minh", ["80"] = "Tây Ninh", ["82"] = "Đồng Tháp",
        ["86"] = "Vĩnh Long", ["91"] = "An Giang", ["92"] = "Cần Thơ", ["96"] = "Cà Mau",
    };
}
