using Microsoft.EntityFrameworkCore;

namespace VnChildProtection.EntityFrameworkCore;

/// <summary>
/// A context holding only the library's tables, for a host that keeps them in a database (or schema) of their own.
/// Use <see cref="VnChildProtectionSqliteDbContext"/> or <see cref="VnChildProtectionPostgreSqlDbContext"/>, which carry
/// the checked-in migrations of their provider; a host that keeps the tables in its own context calls
/// <see cref="VnChildProtectionModelBuilderExtensions.UseVnChildProtection"/> and
/// <see cref="VnChildProtectionConventionExtensions.AddVnChildProtectionConventions"/> there instead.
/// </summary>
public abstract class VnChildProtectionDbContext : DbContext
{
    /// <summary>A context over configured options (the provider, its connection).</summary>
    /// <param name="options">The options.</param>
    protected VnChildProtectionDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddVnChildProtectionConventions(Database);

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.UseVnChildProtection(Database);
}
