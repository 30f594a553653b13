using System.Linq;
using System.Text;
using VnChildProtection.Domain.Agencies;

namespace VnChildProtection.Domain.Tests.Agencies;

/// <summary>The commune-level (cấp xã) bodies that plans give tasks: every xã / phường / thị trấn / đặc khu variant
/// resolves to one commune kind, and the provincial kinds of the same organisations keep their names.</summary>
public class CommuneAgencyTests
{
    private static readonly AgencyRegistry Registry = AgencyRegistry.Default;

    [Theory]
    [InlineData("Công an xã", "cong-an-xa")]
    [InlineData("Công an phường", "cong-an-xa")]
    [InlineData("Công an thị trấn", "cong-an-xa")]
    [InlineData("Công an đặc khu", "cong-an-xa")]
    [InlineData("Công an cấp xã", "cong-an-xa")]
    [InlineData("Công an các xã, phường, thị trấn", "cong-an-xa")]
    [InlineData("CÔNG AN PHƯỜNG", "cong-an-xa")]
    [InlineData("cong an phuong", "cong-an-xa")]
    [InlineData("Trạm Y tế xã", "tram-y-te-xa")]
    [InlineData("Trạm y tế phường", "tram-y-te-xa")]
    [InlineData("Trạm Y tế thị trấn", "tram-y-te-xa")]
    [InlineData("Trạm Y tế các xã, phường, thị trấn", "tram-y-te-xa")]
    [InlineData("TYT xã", "tram-y-te-xa")]
    [InlineData("Ủy ban nhân dân phường", "ubnd-xa")]
    [InlineData("UBND thị trấn", "ubnd-xa")]
    [InlineData("Uỷ ban nhân dân đặc khu", "ubnd-xa")]
    [InlineData("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "mttq-xa")]
    [InlineData("Ủy ban MTTQ phường", "mttq-xa")]
    [InlineData("Mặt trận Tổ quốc cấp xã", "mttq-xa")]
    [InlineData("Đoàn Thanh niên xã", "doan-thanh-nien-xa")]
    [InlineData("Đoàn TNCS Hồ Chí Minh phường", "doan-thanh-nien-xa")]
    [InlineData("Hội Liên hiệp Phụ nữ xã", "hlhpn-xa")]
    [InlineData("Hội LHPN phường", "hlhpn-xa")]
    [InlineData("Hội Phụ nữ xã", "hlhpn-xa")]
    public void Resolve_CommuneVariant_ReturnsTheCommuneKindExactly(string text, string id)
    {
        var match = Registry.Resolve(text).AsT0;

        Assert.Equal((id, true, AgencyLevel.Commune), (match.Kind.Id, match.IsExact, match.Kind.Level));
    }

    [Fact]
    public void Resolve_CommuneBodyWithItsPlace_KeepsThePlaceAsQualifier()
    {
        var match = Registry.Resolve("Công an phường Cái Khế".Normalize(NormalizationForm.FormD)).AsT0;

        Assert.Equal(("cong-an-xa", "Cái Khế"), (match.Kind.Id, match.Qualifier));
    }

    [Theory]
    [InlineData("Hội Liên hiệp Phụ nữ tỉnh", "hlhpn-tinh")]
    [InlineData("Hội Liên hiệp Phụ nữ", "hlhpn-tinh")]
    [InlineData("Đoàn Thanh niên", "tinh-doan")]
    [InlineData("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "tinh-doan")]
    [InlineData("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "mttq-tinh")]
    [InlineData("Mặt trận Tổ quốc", "mttq-tinh")]
    [InlineData("Công an tỉnh", "cong-an-tinh")]
    [InlineData("Ủy ban nhân dân các xã, phường, thị trấn", "ubnd-xa")]
    public void Resolve_ProvincialOrUnqualifiedName_KeepsItsKind(string text, string id) =>
        Assert.Equal(id, Registry.Resolve(text).AsT0.Kind.Id);

    [Fact]
    public void FindMentions_CommunePlanSentence_FindsPoliceHealthStationAndCommittee()
    {
        var mentions = Registry.FindMentions(
            "Công an phường phối hợp với Trạm Y tế phường xác minh vụ việc, báo cáo Ủy ban nhân dân phường trong thời hạn 12 giờ.");

        Assert.Equal(new[] { "cong-an-xa@0", "tram-y-te-xa@28", "ubnd-xa@71" }, mentions.Select(m => $"{m.Kind.Id}@{m.Start}"));
    }

    [Fact]
    public void CommuneKinds_HaveNoValidityEndOrSuccessor()
    {
        // Commune bodies survived the 2025 reorganisation; thị trấn became xã or phường, which the same kinds cover.
        var communeKinds = AgencyData.All.Where(k => k.Level == AgencyLevel.Commune).ToArray();

        Assert.Equal(new[] { "ubnd-xa", "cong-an-xa", "tram-y-te-xa", "mttq-xa", "doan-thanh-nien-xa", "hlhpn-xa" }, communeKinds.Select(k => k.Id));
        Assert.All(communeKinds, k => Assert.Equal((null, 0), (k.ValidTo, k.Successions.Count)));
    }

    [Fact]
    public void CommuneOfficer_IsARoleNotAnAgency()
    {
        // "người làm công tác bảo vệ trẻ em cấp xã" is a person (Luật Trẻ em art. 90.4), modelled as WorkflowRole.CommuneOfficer.
        Assert.True(Registry.Resolve("người làm công tác bảo vệ trẻ em cấp xã").IsT1);
        Assert.Empty(Registry.FindMentions("Bố trí người làm công tác bảo vệ trẻ em cấp xã trong số các công chức cấp xã."));
    }
}
