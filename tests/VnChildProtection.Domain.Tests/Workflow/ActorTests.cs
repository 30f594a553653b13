using System;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.Domain.Tests.Workflow;

public class ActorTests
{
    [Fact]
    public void Constructor_CommuneRoleWithoutCommune_Throws() =>
        Assert.Throws<ArgumentException>(() => new Actor("x", WorkflowRole.CommuneChair));

    [Fact]
    public void Constructor_ProvinceCode_Throws() =>
        Assert.Throws<ArgumentException>(() => new Actor("x", WorkflowRole.CommuneOfficer, AdministrativeUnitCode.Of("51")));

    [Fact]
    public void ToString_RoleCommuneAndId()
    {
        Assert.Equal("CommuneChair@00070 #u-17", new Actor("u-17", WorkflowRole.CommuneChair, AdministrativeUnitCode.Of("00070")).ToString());
        Assert.Equal("Police #p-1", new Actor("p-1", WorkflowRole.Police).ToString());
    }

    [Fact]
    public void Equals_SameFields_EqualAndSameHash()
    {
        var a = new Actor("u", WorkflowRole.Police);
        var b = new Actor("u", WorkflowRole.Police);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != new Actor("u", WorkflowRole.Hotline111));
    }
}
