using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Csv;
using VnChildProtection.Domain.Tests;
using VnChildProtection.EntityFrameworkCore.Tests.Infrastructure;

namespace VnChildProtection.EntityFrameworkCore.Tests.Observations;

/// <summary>
/// Observations keep their period and their part of a disaggregation through the database: the example province's
/// monthly data split by sex (docs/examples/observations) is stored and read back equal, row for row.
/// </summary>
public abstract class ObservationStorageTests : IDisposable
{
    private static readonly string Example = Path.GetFullPath(Path.Combine(SeedCorpus.Root, "..", "..", "docs", "examples", "observations", "province-12-monthly-2025.csv"));

    private readonly TestDatabase database;

    protected ObservationStorageTests(TestDatabase migratedDatabase) => database = migratedDatabase;

    [Fact]
    public async Task MonthlyDisaggregatedObservations_RoundTrip_WithTheirPeriodAndPart()
    {
        var csv = ObservationCsv.Read(File.ReadAllText(Example));
        Assert.Empty(csv.Errors);
        var observations = csv.Observations;
        Assert.Contains(observations, o => o.Period.Type.Name == "Monthly");
        Assert.Contains(observations, o => !o.Disaggregation.IsTotal);

        await using (var context = database.NewContext())
        {
            context.Set<StoredObservation>().AddRange(observations.Select(StoredObservation.From));
            await context.SaveChangesAsync();
        }

        await using (var context = database.NewContext())
        {
            var read = (await context.Set<StoredObservation>().AsNoTracking().ToListAsync()).Select(r => r.ToObservation()).ToList();
            Assert.Equal(observations.Count, read.Count);
            Assert.True(observations.ToHashSet().SetEquals(read), "An observation changed on its way through the database.");
        }
    }

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <inheritdoc cref="ObservationStorageTests"/>
public sealed class SqliteObservationStorageTests() : ObservationStorageTests(TestDatabase.Sqlite());

/// <inheritdoc cref="ObservationStorageTests"/>
[Collection(PostgresGroup.Name)]
public sealed class PostgreSqlObservationStorageTests(PostgresServer server) : ObservationStorageTests(TestDatabase.PostgreSql(server, "observations"));
