using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VnChildProtection.Domain.Workflow;
using VnChildProtection.EntityFrameworkCore.Cases;

namespace VnChildProtection.EntityFrameworkCore;

/// <summary>
/// Adds the library's tables to a host's model: the case event store (<c>vncp_case_events</c>, <c>vncp_cases</c>,
/// <c>vncp_case_obligations</c>, the outbox <c>vncp_case_notices</c>), <c>vncp_observations</c> and <c>vncp_plans</c>.
/// </summary>
public static class VnChildProtectionModelBuilderExtensions
{
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Maps the library's tables, their keys and their indexes.</summary>
    /// <param name="modelBuilder">The builder passed to <c>DbContext.OnModelCreating</c>; the context must also call
    /// <see cref="VnChildProtectionConventionExtensions.AddVnChildProtectionConventions"/> in <c>ConfigureConventions</c>.</param>
    /// <param name="database">The context's <see cref="DbContext.Database"/>: on PostgreSQL JSON columns are
    /// <c>jsonb</c>; elsewhere (or when null) they are text.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is null.</exception>
    public static ModelBuilder UseVnChildProtection(this ModelBuilder modelBuilder, DatabaseFacade? database = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var json = database?.ProviderName == NpgsqlProvider ? "jsonb" : null;

        modelBuilder.Entity<StoredCaseEvent>(e =>
        {
            e.ToTable("vncp_case_events");
            e.HasKey(x => new { x.CaseId, x.Sequence });
            e.Property(x => x.CaseId).HasColumnName("case_id").HasMaxLength(CaseId.MaxLength);
            e.Property(x => x.Sequence).HasColumnName("sequence");
            e.Property(x => x.Trigger).HasColumnName("trigger").HasMaxLength(64);
            e.Property(x => x.At).HasColumnName("at");
            Json(e.Property(x => x.Payload).HasColumnName("payload"), json);
        });

        modelBuilder.Entity<StoredCase>(e =>
        {
            e.ToTable("vncp_cases");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("case_id").HasMaxLength(CaseId.MaxLength);
            e.Property(x => x.Version).HasColumnName("version");
            e.Property(x => x.Commune).HasColumnName("commune").HasMaxLength(16);
            e.Property(x => x.State).HasColumnName("state").HasMaxLength(64);
            e.Property(x => x.IsOpen).HasColumnName("is_open");
            e.Property(x => x.ReceivedAt).HasColumnName("received_at");
            e.Property(x => x.LastEventAt).HasColumnName("last_event_at");
            e.HasIndex(x => new { x.Commune, x.IsOpen, x.ReceivedAt }).HasDatabaseName("ix_vncp_cases_commune_open");
        });

        modelBuilder.Entity<StoredObligation>(e =>
        {
            e.ToTable("vncp_case_obligations");
            e.HasKey(x => new { x.CaseId, x.Ordinal });
            e.Property(x => x.CaseId).HasColumnName("case_id").HasMaxLength(CaseId.MaxLength);
            e.Property(x => x.Ordinal).HasColumnName("ordinal");
            e.Property(x => x.Commune).HasColumnName("commune").HasMaxLength(16);
            e.Property(x => x.Obligation).HasColumnName("obligation").HasMaxLength(64);
            e.Property(x => x.Citation).HasColumnName("citation").HasMaxLength(256);
            e.Property(x => x.Start).HasColumnName("start");
            e.Property(x => x.Due).HasColumnName("due");
            e.HasIndex(x => new { x.Commune, x.Due }).HasDatabaseName("ix_vncp_case_obligations_commune_due");
        });

        modelBuilder.Entity<StoredNotice>(e =>
        {
            e.ToTable("vncp_case_notices");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").ValueGeneratedOnAdd();
            e.Property(x => x.CaseId).HasColumnName("case_id").HasMaxLength(CaseId.MaxLength);
            e.Property(x => x.Sequence).HasColumnName("sequence");
            e.Property(x => x.Trigger).HasColumnName("trigger").HasMaxLength(64);
            e.Property(x => x.At).HasColumnName("at");
            e.Property(x => x.Recipient).HasColumnName("recipient").HasMaxLength(64);
            e.Property(x => x.RecipientCommune).HasColumnName("recipient_commune").HasMaxLength(16);
            e.Property(x => x.Message).HasColumnName("message");
            e.Property(x => x.DispatchedAt).HasColumnName("dispatched_at");
            e.HasIndex(x => new { x.DispatchedAt, x.Id }).HasDatabaseName("ix_vncp_case_notices_waiting");
        });

        modelBuilder.Entity<StoredObservation>(e =>
        {
            e.ToTable("vncp_observations");
            e.HasKey(x => new { x.UnitCode, x.Period, x.Measure, x.Disaggregation });
            e.Property(x => x.UnitCode).HasColumnName("unit_code").HasMaxLength(16);
            e.Property(x => x.Period).HasColumnName("period").HasMaxLength(16);
            e.Property(x => x.Disaggregation).HasColumnName("disaggregation").HasMaxLength(256);
            e.Property(x => x.Measure).HasColumnName("measure").HasMaxLength(64);
            e.Property(x => x.Numerator).HasColumnName("numerator").HasPrecision(28, 8);
            e.Property(x => x.Denominator).HasColumnName("denominator").HasPrecision(28, 8);
            e.Property(x => x.Value).HasColumnName("value").HasPrecision(28, 8);
        });

        modelBuilder.Entity<StoredPlan>(e =>
        {
            e.ToTable("vncp_plans");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").HasMaxLength(128);
            e.Property(x => x.SchemaVersion).HasColumnName("schema_version");
            Json(e.Property(x => x.Document).HasColumnName("document"), json);
            e.Property(x => x.StoredAt).HasColumnName("stored_at");
        });
        return modelBuilder;
    }

    private static void Json(PropertyBuilder<string> property, string? columnType)
    {
        if (columnType is not null)
        {
            property.HasColumnType(columnType);
        }
    }
}
