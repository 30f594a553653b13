using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace VnChildProtection.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>
/// The contexts as <c>dotnet ef migrations add</c> builds them (this project is its startup project): the model only,
/// no connection is opened.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<VnChildProtectionSqliteDbContext>
{
    public VnChildProtectionSqliteDbContext CreateDbContext(string[] args) => TestDatabase.SqliteContext("Data Source=design.db");
}

/// <inheritdoc cref="SqliteDesignTimeFactory"/>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<VnChildProtectionPostgreSqlDbContext>
{
    public VnChildProtectionPostgreSqlDbContext CreateDbContext(string[] args) => TestDatabase.PostgreSqlContext("Host=localhost;Database=design");
}
