using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using VnChildProtection.EntityFrameworkCore.Cases;
using VnChildProtection.EntityFrameworkCore.Tests.Infrastructure;

namespace VnChildProtection.EntityFrameworkCore.Tests.Migrations;

/// <summary>
/// The checked-in migrations build the current model: applied to an empty database they leave no pending migration,
/// and the model snapshot equals the context's model (no model change without its migration).
/// </summary>
public abstract class MigrationTests : IDisposable
{
    private readonly TestDatabase database;

    protected MigrationTests(TestDatabase emptyDatabase) => database = emptyDatabase;

    [Fact]
    public async Task Migrations_AppliedToAnEmptyDatabase_CreateEveryTable_AndLeaveNothingPending()
    {
        using var context = database.NewContext();
        Assert.NotEmpty(context.Database.GetMigrations());

        await context.Database.MigrateAsync();

        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await context.Set<StoredCaseEvent>().CountAsync());
        Assert.Equal(0, await context.Set<StoredCase>().CountAsync());
        Assert.Equal(0, await context.Set<StoredObligation>().CountAsync());
        Assert.Equal(0, await context.Set<StoredNotice>().CountAsync());
        Assert.Equal(0, await context.Set<StoredObservation>().CountAsync());
        Assert.Equal(0, await context.Set<StoredPlan>().CountAsync());
    }

    [Fact]
    public void ModelSnapshot_EqualsTheModel()
    {
        using var context = database.NewContext();
        Assert.False(context.Database.HasPendingModelChanges(),
            "The model changed without a migration: run eng/add-migration.sh <Name> (docs/persistence.md).");
    }

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <inheritdoc cref="MigrationTests"/>
public sealed class SqliteMigrationTests() : MigrationTests(TestDatabase.EmptySqlite());

/// <inheritdoc cref="MigrationTests"/>
[Collection(PostgresGroup.Name)]
public sealed class PostgreSqlMigrationTests(PostgresServer server) : MigrationTests(TestDatabase.EmptyPostgreSql(server, "migrations"));
