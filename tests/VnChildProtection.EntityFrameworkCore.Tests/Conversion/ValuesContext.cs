using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using VnChildProtection.EntityFrameworkCore.Conversion;

namespace VnChildProtection.EntityFrameworkCore.Tests.Conversion;

/// <summary>
/// A host's context as the package means it: one table with a column of every mapped type (a property bag, so the
/// list of columns is the package's own list), with the conventions registered the documented way.
/// </summary>
internal sealed class ValuesContext(DbContextOptions options) : DbContext(options)
{
    internal const string Table = "vncp_test_values";

    internal static readonly Type[] Types = [.. ValueMappings.Types, typeof(Instant), typeof(LocalDate), typeof(Duration)];

    internal DbSet<Dictionary<string, object>> Rows => Set<Dictionary<string, object>>(Table);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddVnChildProtectionConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.SharedTypeEntity<Dictionary<string, object>>(Table, b =>
        {
            b.ToTable(Table);
            b.IndexerProperty<int>("Id").ValueGeneratedNever();
            b.HasKey("Id");
            foreach (var type in Types)
            {
                b.IndexerProperty(type, type.Name).IsRequired();
            }
        });

    internal static string[] Columns => [.. Types.Select(t => t.Name)];
}
