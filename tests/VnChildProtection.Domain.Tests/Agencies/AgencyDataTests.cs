using System;
using System.Linq;
using VnChildProtection.Domain.Agencies;

namespace VnChildProtection.Domain.Tests.Agencies;

public class AgencyDataTests
{
    [Fact]
    public void EveryName_ResolvesExactlyToItsOwnKind()
    {
        foreach (var kind in AgencyData.All)
        {
            foreach (var name in kind.AllNames)
            {
                var match = AgencyRegistry.Default.Resolve(name).AsT0;
                Assert.Equal(kind.Id, match.Kind.Id);
                Assert.True(match.IsExact, name);
            }
        }
    }

    [Fact]
    public void UnconfirmedSuccessions_SayUnverifiedInTheInstrument()
    {
        var unconfirmed = AgencyData.All.SelectMany(k => k.Successions).Where(s => !s.IsConfirmed).ToArray();

        Assert.NotEmpty(unconfirmed);
        Assert.All(unconfirmed, s => Assert.Contains("chưa xác minh", s.Instrument, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryDissolvedKind_ExceptDistrictTier_HasAGeneralSuccessor()
    {
        var dissolved = AgencyData.All.Where(k => k.ValidTo is not null && k.Level != AgencyLevel.District);

        Assert.All(dissolved, k => Assert.Contains(k.Successions, s => s.Subject == AgencySubject.General));
    }

    [Fact]
    public void ProvincialActorsOfDomainBrief_ArePresent()
    {
        string[] ids =
        [
            "ubnd-tinh", "so-ldtbxh", "so-gddt", "so-y-te", "so-vhttdl", "so-tu-phap", "so-tttt", "so-tai-chinh", "so-khdt",
            "so-noi-vu", "so-nnptnt", "so-xay-dung", "so-gtvt", "so-du-lich", "cong-an-tinh", "ban-dan-toc", "bdbp-tinh",
            "toa-an-tinh", "vks-tinh", "mttq-tinh", "tinh-doan", "hlhpn-tinh", "hoi-nong-dan-tinh", "hoi-ccb-tinh", "ldld-tinh",
            "dai-ptth-tinh", "bao-tinh", "quy-bao-tro-tre-em-tinh", "ttctxh-tinh", "ubnd-huyen", "ubnd-xa",
        ];

        Assert.All(ids, id => Assert.True(AgencyRegistry.Default.TryGet(id, out _), id));
    }

    [Fact]
    public void Levels_MatchIdConventions()
    {
        Assert.All(AgencyData.All.Where(k => k.Id.StartsWith("bo-", StringComparison.Ordinal)), k => Assert.Equal(AgencyLevel.National, k.Level));
        Assert.All(AgencyData.All.Where(k => k.Id.StartsWith("so-", StringComparison.Ordinal)), k => Assert.Equal(AgencyLevel.Provincial, k.Level));
    }
}
