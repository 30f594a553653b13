using System;
using System.Collections.Generic;
using System.Linq;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Slices;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

#pragma warning disable CA1859 // the rules take object providers; the concrete fluent types are an implementation detail

namespace VnChildProtection.Architecture.Tests;

/// <summary>
/// The layering of docs/architecture.md, checked on the compiled assemblies: every namespace of the core depends only
/// on the areas of lower layers and on the peers it is allowed, no two namespaces depend on each other, and the
/// packages depend one way (Domain ← Documents ← Cli, Domain ← Interop.Dhis2 ← Cli; Domain ← EntityFrameworkCore).
/// </summary>
public sealed class LayeringTests
{
    private const string Root = "VnChildProtection.Domain";

    private static readonly ArchUnitNET.Domain.Architecture Compiled = new ArchLoader()
        .LoadAssemblies(
            typeof(Domain.Text.VietnameseText).Assembly,
            typeof(Documents.Text.PlanTextImporter).Assembly,
            typeof(EntityFrameworkCore.Cases.CaseStore).Assembly,
            typeof(Interop.Dhis2.DataValueSetJsonReader).Assembly,
            System.Reflection.Assembly.Load("vncp"))
        .Build();

    /// <summary>
    /// The core's top-level areas, lowest layer first. An area may use any area of a LOWER layer; within its own layer
    /// only the peers named here. This table is the one shown in docs/architecture.md.
    /// </summary>
    public static readonly IReadOnlyList<Layer> Layers =
    [
        new("foundations", ["Utility"], []),
        new("foundations", ["Text", "Collections"], [("Collections", "Text")]),
        new("foundations", ["Json"], []),
        new("vocabulary", ["Legal", "Units", "Measures", "Periods"], []),
        new("vocabulary", ["Agencies", "Children"], []),
        new("calendars", ["Calendars"], []),
        new("targets and indicators", ["Targets"], []),
        new("targets and indicators", ["Indicators"], []),
        new("workflow", ["Workflow"], []),
        new("plans", ["Plans"], []),
        new("progress", ["Progress"], []),
        new("composition", ["DependencyInjection"], []),
    ];

    public static TheoryData<string> Areas()
    {
        var data = new TheoryData<string>();
        foreach (var area in Layers.SelectMany(l => l.Areas))
        {
            data.Add(area);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void An_area_depends_only_on_lower_layers_and_its_allowed_peers(string area)
    {
        var forbidden = Forbidden(area);
        Assert.NotEmpty(Types().That().Are(InArea(area)).GetObjects(Compiled));
        if (forbidden.Count == 0)
        {
            return;
        }

        IArchRule rule = Types().That().Are(InArea(area)).Should()
            .NotDependOnAny(Types().That().Are(InAnyArea(forbidden)))
            .Because($"{area} sits below {string.Join(", ", forbidden)} (docs/architecture.md)");
        rule.Check(Compiled);
    }

    [Fact]
    public void Every_namespace_of_the_core_belongs_to_an_area_of_the_table()
    {
        var known = Layers.SelectMany(l => l.Areas).ToHashSet(StringComparer.Ordinal);
        var unplaced = Compiled.Namespaces
            .Select(n => n.FullName)
            .Where(n => n.StartsWith(Root + ".", StringComparison.Ordinal))
            .Select(n => n[(Root.Length + 1)..].Split('.')[0])
            .Where(a => !known.Contains(a))
            .Distinct()
            .ToList();
        Assert.Empty(unplaced);
    }

    [Fact]
    public void No_two_areas_of_the_core_depend_on_each_other()
    {
        SliceRuleDefinition.Slices().Matching(Root + ".(*)..").Should().BeFreeOfCycles().Check(Compiled);
    }

    [Fact]
    public void No_two_namespaces_at_any_depth_depend_on_each_other()
    {
        // Sub-namespaces too (Plans.Json ↔ Plans.Validation, Calendars.Reporting ↔ Calendars.ICalendar, …).
        SliceRuleDefinition.Slices().Matching(Root + ".(**)").Should().BeFreeOfCycles().Check(Compiled);
    }

    [Fact]
    public void The_core_does_not_know_the_importer_or_the_tool()
    {
        IArchRule rule = Types().That().ResideInAssembly(typeof(Domain.Text.VietnameseText).Assembly).Should()
            .NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^VnChildProtection\.(Documents|Interop|Cli|EntityFrameworkCore)(\..*)?$"));
        rule.Check(Compiled);
    }

    [Fact]
    public void The_persistence_package_knows_only_the_core()
    {
        IArchRule rule = Types().That().ResideInAssembly(typeof(EntityFrameworkCore.Cases.CaseStore).Assembly).Should()
            .NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^VnChildProtection\.(Documents|Cli|Interop)(\..*)?$"));
        rule.Check(Compiled);
    }

    [Fact]
    public void The_exchange_package_knows_only_the_core()
    {
        IArchRule rule = Types().That().ResideInAssembly(typeof(Interop.Dhis2.DataValueSetJsonReader).Assembly).Should()
            .NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^VnChildProtection\.(Documents|Cli)(\..*)?$"));
        rule.Check(Compiled);
    }

    [Fact]
    public void The_importer_does_not_know_the_tool()
    {
        IArchRule rule = Types().That().ResideInAssembly(typeof(Documents.Text.PlanTextImporter).Assembly).Should()
            .NotDependOnAny(Types().That().ResideInNamespaceMatching(@"^VnChildProtection\.Cli(\..*)?$"));
        rule.Check(Compiled);
    }

    [Fact]
    public void The_table_itself_is_a_strict_order_with_known_peers()
    {
        var areas = Layers.SelectMany(l => l.Areas).ToList();
        Assert.Equal(areas.Count, areas.Distinct(StringComparer.Ordinal).Count());
        foreach (var layer in Layers)
        {
            foreach (var (from, to) in layer.Peers)
            {
                Assert.Contains(from, layer.Areas);
                Assert.Contains(to, layer.Areas);
                Assert.DoesNotContain((to, from), layer.Peers);
            }
        }
    }

    [Fact]
    public void The_architecture_page_lists_every_area_in_the_order_of_the_table()
    {
        var page = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "docs", "architecture.md"));
        var rows = System.Text.RegularExpressions.Regex.Matches(page, @"^\|\s*[a-z ]*\|\s*`([A-Za-z]+)`\s*\|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.Equal(Layers.SelectMany(l => l.Areas), rows);
    }

    private static string RepositoryRoot()
    {
        var directory = new System.IO.DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "VnChildProtection.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }

    private static List<string> Forbidden(string area)
    {
        var index = Layers.ToList().FindIndex(l => l.Areas.Contains(area));
        var layer = Layers[index];
        var higher = Layers.Skip(index + 1).SelectMany(l => l.Areas);
        var peers = layer.Areas.Where(p => p != area && !layer.Peers.Contains((area, p)));
        return higher.Concat(peers).ToList();
    }

    private static IObjectProvider<IType> InArea(string area) =>
        Types().That().ResideInNamespaceMatching($@"^{Root.Replace(".", @"\.", StringComparison.Ordinal)}\.{area}(\..*)?$").As(area);

    private static IObjectProvider<IType> InAnyArea(IEnumerable<string> areas)
    {
        var alternatives = string.Join("|", areas);
        return Types().That()
            .ResideInNamespaceMatching($@"^{Root.Replace(".", @"\.", StringComparison.Ordinal)}\.({alternatives})(\..*)?$")
            .As(alternatives);
    }

    /// <summary>One step of the layering: its name, its areas, and which of them may use which (from, to).</summary>
    public sealed record Layer(string Name, string[] Areas, (string From, string To)[] Peers);
}
