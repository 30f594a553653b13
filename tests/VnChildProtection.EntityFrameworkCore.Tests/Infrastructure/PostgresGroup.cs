namespace VnChildProtection.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>The test classes that share the one PostgreSQL server of the run (started once, stopped at the end).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
