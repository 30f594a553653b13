using Microsoft.EntityFrameworkCore;

namespace VnChildProtection.EntityFrameworkCore;

/// <summary>
/// The library's tables on PostgreSQL (PostgreSQL 15 or later, configured with <c>UseNpgsql(…, o =&gt; o.UseNodaTime())</c> (the Npgsql NodaTime plugin)), with the migrations checked in for it
/// (<c>context.Database.MigrateAsync()</c> creates or upgrades them).
/// </summary>
public sealed class VnChildProtectionPostgreSqlDbContext : VnChildProtectionDbContext
{
    /// <summary>A context over options configured for PostgreSQL.</summary>
    /// <param name="options">The options.</param>
    public VnChildProtectionPostgreSqlDbContext(DbContextOptions<VnChildProtectionPostgreSqlDbContext> options)
        : base(options)
    {
    }
}
