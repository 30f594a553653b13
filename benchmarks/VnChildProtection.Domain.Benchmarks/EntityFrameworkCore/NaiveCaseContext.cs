using Microsoft.EntityFrameworkCore;

namespace VnChildProtection.Domain.Benchmarks.EntityFrameworkCore;

/// <summary>The naive EF Core mapping: one table, one row per case, columns updated in place under a version.</summary>
public sealed class NaiveCaseContext(DbContextOptions<NaiveCaseContext> options) : DbContext(options)
{
    /// <summary>The cases.</summary>
    public DbSet<NaiveCase> Cases => Set<NaiveCase>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<NaiveCase>(e =>
        {
            e.ToTable("naive_cases");
            e.Property(c => c.Version).IsConcurrencyToken();
        });
}
