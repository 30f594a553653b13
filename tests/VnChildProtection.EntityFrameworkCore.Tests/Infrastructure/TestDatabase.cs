using System;
using System.IO;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VnChildProtection.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>An empty database of one provider with the library's migrations applied; each test makes its own.</summary>
public abstract class TestDatabase : IDisposable
{
    /// <summary>"SQLite" or "PostgreSQL".</summary>
    public abstract string Provider { get; }

    /// <summary>The connection string.</summary>
    public abstract string ConnectionString { get; }

    /// <summary>A new context on the database (each writer takes its own).</summary>
    public abstract VnChildProtectionDbContext NewContext(params IInterceptor[] interceptors);

    /// <summary>A new empty SQLite database file with the migrations applied.</summary>
    public static TestDatabase Sqlite() => new SqliteDatabase(migrate: true);

    /// <summary>A new empty PostgreSQL database with the migrations applied.</summary>
    public static TestDatabase PostgreSql(PostgresServer server, string purpose) => new PostgreSqlDatabase(server.CreateDatabase(purpose), migrate: true);

    /// <summary>An empty SQLite database without the migrations (for the migration tests).</summary>
    public static TestDatabase EmptySqlite() => new SqliteDatabase(migrate: false);

    /// <summary>An empty PostgreSQL database without the migrations (for the migration tests).</summary>
    public static TestDatabase EmptyPostgreSql(PostgresServer server, string purpose) => new PostgreSqlDatabase(server.CreateDatabase(purpose), migrate: false);

    internal static VnChildProtectionSqliteDbContext SqliteContext(string connectionString, params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<VnChildProtectionSqliteDbContext>().UseSqlite(connectionString)
            .AddInterceptors([SqliteBusyTimeout.Instance, .. interceptors]).Options);

    internal static VnChildProtectionPostgreSqlDbContext PostgreSqlContext(string connectionString, params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<VnChildProtectionPostgreSqlDbContext>().UseNpgsql(connectionString, o => o.UseNodaTime())
            .AddInterceptors(interceptors).Options);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    protected void Migrate()
    {
        using var context = NewContext();
        context.Database.Migrate();
    }

    public override string ToString() => Provider;

    private sealed class SqliteDatabase : TestDatabase
    {
        private readonly string path = Path.Combine(Path.GetTempPath(), "vncp-" + Guid.NewGuid().ToString("N") + ".db");

        public SqliteDatabase(bool migrate)
        {
            // A busy writer waits for the other's transaction instead of failing at once.
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 60 }.ToString();
            if (migrate)
            {
                Migrate();
            }
        }

        public override string Provider => "SQLite";

        public override string ConnectionString { get; }

        public override VnChildProtectionDbContext NewContext(params IInterceptor[] interceptors) => SqliteContext(ConnectionString, interceptors);

        protected override void Dispose(bool disposing)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            {
                File.Delete(file);
            }
            base.Dispose(disposing);
        }
    }

    private sealed class PostgreSqlDatabase : TestDatabase
    {
        public PostgreSqlDatabase(string connectionString, bool migrate)
        {
            ConnectionString = connectionString;
            if (migrate)
            {
                Migrate();
            }
        }

        public override string Provider => "PostgreSQL";

        public override string ConnectionString { get; }

        public override VnChildProtectionDbContext NewContext(params IInterceptor[] interceptors) => PostgreSqlContext(ConnectionString, interceptors);
    }
}
