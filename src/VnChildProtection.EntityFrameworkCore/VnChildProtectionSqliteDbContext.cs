using Microsoft.EntityFrameworkCore;

namespace VnChildProtection.EntityFrameworkCore;

/// <summary>
/// The library's tables on SQLite (the embedded default: a file, no server), with the migrations checked in for it
/// (<c>context.Database.MigrateAsync()</c> creates or upgrades them).
/// </summary>
public sealed class VnChildProtectionSqliteDbContext : VnChildProtectionDbContext
{
    /// <summary>A context over options configured for SQLite.</summary>
    /// <param name="options">The options.</param>
    public VnChildProtectionSqliteDbContext(DbContextOptions<VnChildProtectionSqliteDbContext> options)
        : base(options)
    {
    }
}
