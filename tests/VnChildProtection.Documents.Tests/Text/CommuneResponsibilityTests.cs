using System.Linq;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Agencies;

namespace VnChildProtection.Documents.Tests.Text;

/// <summary>Responsibilities given to commune-level bodies resolve to the commune kinds of the agency registry; a
/// heading the registry does not know is still kept by name and reported.</summary>
public class CommuneResponsibilityTests
{
    private static readonly PlanTextImporter Importer = new();

    private static PlanImportResult Import(string organisation) => Importer.Import($"""
        Số: 15/KH-UBND

        Xã Tân Lập, ngày 10 tháng 3 năm 2024

        KẾ HOẠCH
        Thực hiện công tác trẻ em năm 2024 trên địa bàn xã

        I. MỤC TIÊU

        - Chỉ tiêu 1: 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.

        - Chỉ tiêu 2: Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98%.

        II. TỔ CHỨC THỰC HIỆN

        {organisation}
        """);

    [Fact]
    public void Import_CommuneBodyHeadings_ResolveToCommuneKinds()
    {
        var result = Import("""
            1. Trạm Y tế xã: chủ trì thực hiện chỉ tiêu 1, 2.

            2. Hội Liên hiệp Phụ nữ xã: phối hợp thực hiện chỉ tiêu 2.

            3. Công an xã: phối hợp thực hiện chỉ tiêu 1.
            """);

        Assert.Equal(new (string?, ResponsibilityRole, string)[]
        {
            ("tram-y-te-xa", ResponsibilityRole.Lead, "1,2"),
            ("hlhpn-xa", ResponsibilityRole.Coordinate, "2"),
            ("cong-an-xa", ResponsibilityRole.Coordinate, "1"),
        }, result.Plan.Responsibilities.Select(r => (r.AgencyId, r.Role, string.Join(",", r.Indicators))));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "IMPORT-AGENCY-UNKNOWN");
    }

    [Fact]
    public void Import_HeadingTheRegistryDoesNotKnow_IsKeptByNameAndReported()
    {
        var result = Import("1. Ban Chỉ huy Quân sự xã phối hợp thực hiện chỉ tiêu 2.");

        var responsibility = Assert.Single(result.Plan.Responsibilities);
        Assert.Equal(("Ban Chỉ huy Quân sự xã", null, ResponsibilityRole.Coordinate), (responsibility.Agency, responsibility.AgencyId, responsibility.Role));
        Assert.Contains(result.Diagnostics, d => d.Code == "IMPORT-AGENCY-UNKNOWN");
    }
}
