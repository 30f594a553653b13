using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.EntityFrameworkCore;
using VnChildProtection.EntityFrameworkCore.Tests.Infrastructure;

namespace VnChildProtection.EntityFrameworkCore.Tests.Conversion;

/// <summary>Every public value type and closed set of the core, stored and read back, is the value it was.</summary>
public abstract class ValueRoundTripTests : IDisposable
{
    private static readonly Gen<ImmutableArray<object>> Rows = ValuesContext.Types.Aggregate(
        Gen.Constant(ImmutableArray<object>.Empty),
        (row, type) => from values in row from value in StoredValueGenerators.For(type) select values.Add(value));

    private readonly Func<DbContextOptions> options;
    private int id;

    protected ValueRoundTripTests(Func<DbContextOptions> options)
    {
        this.options = options;
        using var context = new ValuesContext(options());
        context.Database.EnsureDeleted();
        context.Database.EnsureCreated();
    }

    [Property(MaxTest = 100)]
    public Property EveryValueType_RoundTrips() => Prop.ForAll(Arb.From(Rows), values =>
    {
        var key = Interlocked.Increment(ref id);
        var row = ValuesContext.Columns.Zip(values).ToDictionary(p => p.First, p => p.Second);
        row["Id"] = key;
        using (var write = new ValuesContext(options()))
        {
            write.Rows.Add(row);
            write.SaveChanges();
        }
        using var read = new ValuesContext(options());
        var stored = read.Rows.AsNoTracking().Single(r => EF.Property<int>(r, "Id") == key);
        var differing = ValuesContext.Columns.Where(c => !Equals(row[c], stored[c])).Select(c => $"{c}: {row[c]} → {stored[c]}");
        Assert.Empty(differing);
    });

    [Fact]
    public void Columns_HaveTheDocumentedStoreTypes()
    {
        using var context = new ValuesContext(options());
        var entity = context.Model.FindEntityType(ValuesContext.Table)!;
        string StoreType(string column) => entity.FindProperty(column)!.GetColumnType();

        Assert.Equal(StoreTypeOfText, StoreType("CaseState"));
        Assert.Equal(StoreTypeOfText, StoreType("Percentage"));
        Assert.Equal(StoreTypeOfInstant, StoreType("Instant"));
    }

    protected abstract string StoreTypeOfText { get; }

    protected abstract string StoreTypeOfInstant { get; }

    public void Dispose()
    {
        using var context = new ValuesContext(options());
        context.Database.EnsureDeleted();
        GC.SuppressFinalize(this);
    }
}

/// <inheritdoc cref="ValueRoundTripTests"/>
public sealed class SqliteValueRoundTripTests() : ValueRoundTripTests(Options)
{
    private static readonly string ConnectionString = "Data Source=" + System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vncp-values-" + Guid.NewGuid().ToString("N") + ".db");

    protected override string StoreTypeOfText => "TEXT";

    protected override string StoreTypeOfInstant => "INTEGER";

    private static DbContextOptions Options() => new DbContextOptionsBuilder<ValuesContext>().UseSqlite(ConnectionString).Options;
}

/// <inheritdoc cref="ValueRoundTripTests"/>
[Collection(PostgresGroup.Name)]
public sealed class PostgreSqlValueRoundTripTests(PostgresServer server) : ValueRoundTripTests(Options(server))
{
    protected override string StoreTypeOfText => "text";

    protected override string StoreTypeOfInstant => "timestamp with time zone";

    private static Func<DbContextOptions> Options(PostgresServer server)
    {
        var connection = server.CreateDatabase("values");
        return () => new DbContextOptionsBuilder<ValuesContext>().UseNpgsql(connection, o => o.UseNodaTime()).Options;
    }
}
