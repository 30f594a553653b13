using System.Collections.Generic;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Csv;
using VnChildProtection.Domain.Units;
using static VnChildProtection.Domain.Tests.Indicators.UnitCodes;

namespace VnChildProtection.Domain.Tests.Indicators;

public sealed class UnitHierarchyTests
{
    private static readonly LocalDate EndOf2024 = new(2024, 12, 31);

    // Two communes of Quảng Ninh (22), added as a user would to the shipped provinces alone, so that the precedence of
    // registry and file parents is seen without the shipped districts and communes.
    private static readonly AdministrativeUnitRegistry WithCommunes = AdministrativeUnitRegistry.Empty.WithUnits(AdministrativeUnitData.Provinces).WithUnits(
    [
        new AdministrativeUnit(U("22001"), "Một", AdministrativeUnitKind.Ward, null, null, U("22")),
        new AdministrativeUnit(U("22002"), "Hai", AdministrativeUnitKind.Ward, null, null, U("22")),
    ]);

    [Fact]
    public void FromRegistry_ProvincesOfTheDate_AreRoots()
    {
        var before = UnitHierarchy.FromRegistry(AdministrativeUnitRegistry.Default, EndOf2024);
        var after = UnitHierarchy.FromRegistry(AdministrativeUnitRegistry.Default, new LocalDate(2025, 7, 1));

        Assert.Equal(63, before.Units.Count(u => before.ParentOf(u) is null));
        Assert.Equal(34, after.Units.Count(u => after.ParentOf(u) is null));
        Assert.All(after.Units.Where(u => after.ParentOf(u) is null), u => Assert.Equal(2, u.Value.Length));
        // The whole shipped map: 63 provinces, 696 districts and 10,035 communes until 30/6/2025; 34 and 3,321 after.
        Assert.Equal(63 + 696 + 10_035, before.Units.Count);
        Assert.Equal(34 + 3_321, after.Units.Count);
    }

    [Fact]
    public void FromRegistry_CommunesSitUnderTheirRegistryParent()
    {
        var hierarchy = UnitHierarchy.FromRegistry(WithCommunes, EndOf2024);

        Assert.Equal(U("22"), hierarchy.ParentOf(U("22001")));
        Assert.Equal([U("22001"), U("22002")], hierarchy.ChildrenOf(U("22")).Order());
    }

    [Fact]
    public void Constructor_ParentOfSameOrLowerLevel_Throws() =>
        Assert.Throws<System.ArgumentException>(() => new UnitHierarchy([KeyValuePair.Create(U("22"), (AdministrativeUnitCode?)U("22001"))]));

    [Fact]
    public void BuildHierarchy_RegistryFirst_CsvParentsForTheRest_ConflictsTyped()
    {
        var text = ObservationCsv.Header + ",parent_code\n"
            + "22001,2024,CT3,b,8,1480,,22\n"     // agrees with the registry
            + "22002,2024,CT3,b,5,960,,20\n"      // line 3: the registry says 22
            + "20001,2024,CT3,b,6,620,,20\n";     // the registry lacks it: the file's parent is used
        var result = ObservationCsv.Read(text);

        var built = result.BuildHierarchy(WithCommunes, EndOf2024);

        Assert.True(result.IsValid);
        Assert.False(built.IsConsistent);
        var conflict = Assert.Single(built.Conflicts);
        Assert.Equal((ObservationCsvErrorCodes.ParentCodeConflict, 3, 8, "parent_code"), (conflict.Code, conflict.Line, conflict.Column, conflict.Field));
        Assert.Contains("under 22 on 2024-12-31", conflict.Message, System.StringComparison.Ordinal);
        Assert.Equal(U("22"), built.Hierarchy.ParentOf(U("22002")));
        Assert.Equal(U("20"), built.Hierarchy.ParentOf(U("20001")));
        // Every province of the date is in scope, so the national coverage counts the ones that did not report.
        var rollup = new IndicatorEngine(built.Hierarchy).Rollup(result.Observations, new MeasureId(3, 'b'), 2024);
        Assert.Equal(new Coverage(3, 63 - 2 + 3), rollup.National.Coverage);
        Assert.Equal(new Coverage(2, 2), rollup[U("22")].Coverage);
    }

    [Fact]
    public void BuildHierarchy_WithoutRegistry_KeepsTheFileAlone()
    {
        var result = ObservationCsv.Read(ObservationCsv.Header + ",parent_code\n22002,2024,CT3,b,5,960,,20\n");

        Assert.Equal(U("20"), result.BuildHierarchy().ParentOf(U("22002")));
        Assert.Equal(2, result.BuildHierarchy().Units.Count);
    }
}
