using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Plans.Validation;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Plans.Validation;

/// <summary>The rule unit-not-valid-on-date looks a name up at the level the text gives.</summary>
public class UnitNotValidOnDateLevelTests
{
    private static readonly PlanValidator Validator = new();

    private static PlanDocument Plan(LocalDate date, params PlanUnitMention[] units) => new()
    {
        Header = new PlanHeader { Number = "12/KH-UBND", IssueDate = date },
        Units = ValueList.Of(units),
    };

    private static int Findings(PlanDocument plan) => Validator.Validate(plan).Count(d => d.Rule == PlanRule.UnitNotValidOnDate);

    [Fact]
    public void BareNameAtProvinceLevel_IsCheckedAsAProvince()
    {
        // A bare "Kon Tum" on 2026-03-01 is the ward formed in 2025; as a province it ended on 2025-06-30.
        var mention = new PlanUnitMention { Name = "Kon Tum", Level = AdministrativeLevel.Province };
        Assert.Equal(1, Findings(Plan(new LocalDate(2026, 3, 1), mention)));
        Assert.Equal(0, Findings(Plan(new LocalDate(2026, 3, 1), mention with { Level = null })));
        Assert.Equal(0, Findings(Plan(new LocalDate(2024, 3, 1), mention)));
    }

    [Fact]
    public void DistrictByName_AfterTheReform_IsReported()
    {
        var mention = new PlanUnitMention { Name = "huyện Lý Sơn", Level = AdministrativeLevel.District };
        Assert.Equal(1, Findings(Plan(new LocalDate(2026, 3, 1), mention)));
        Assert.Equal(0, Findings(Plan(new LocalDate(2024, 3, 1), mention)));
    }

    [Fact]
    public void TheDistrictTierAsAWhole_AfterTheReform_IsReported()
    {
        var tier = new PlanUnitMention { Name = "các huyện, thị xã, thành phố", Level = AdministrativeLevel.District };
        var diagnostic = Assert.Single(Validator.Validate(Plan(new LocalDate(2025, 8, 1), tier)), d => d.Rule == PlanRule.UnitNotValidOnDate);
        Assert.Equal("$.units[0]", diagnostic.Location.Path);
        Assert.Equal(0, Findings(Plan(new LocalDate(2025, 6, 30), tier)));
        Assert.Equal(0, Findings(Plan(new LocalDate(2025, 8, 1), tier with { Level = AdministrativeLevel.Commune, Name = "các xã, phường, thị trấn" })));
    }
}
