using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using VnChildProtection.Domain.Utility;
using VnChildProtection.EntityFrameworkCore.Conversion;

namespace VnChildProtection.EntityFrameworkCore;

/// <summary>
/// Registers how the core's types are stored, so an entity of the host can hold them as properties: every closed set
/// by member name, every value type (codes, identifiers, measures, time limits, legal references, targets…) as its
/// canonical text, and NodaTime where the provider has no NodaTime plugin.
/// </summary>
public static class VnChildProtectionConventionExtensions
{
    /// <summary>Registers converters and comparers for every public value type and closed set of the core.</summary>
    /// <param name="configurationBuilder">The builder passed to <c>DbContext.ConfigureConventions</c>.</param>
    /// <param name="database">The context's <see cref="DbContext.Database"/>: when its provider maps NodaTime itself
    /// (PostgreSQL with <c>UseNodaTime()</c>, the Npgsql NodaTime plugin) those mappings are kept; otherwise (SQLite,
    /// or null) instants and durations are stored as 64-bit ticks and dates as ISO text.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configurationBuilder"/> is null.</exception>
    public static ModelConfigurationBuilder AddVnChildProtectionConventions(this ModelConfigurationBuilder configurationBuilder, DatabaseFacade? database = null)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        foreach (var mapping in ValueMappings.ClosedSets)
        {
            mapping.Apply(configurationBuilder);
        }
        foreach (var mapping in ValueMappings.TextValues)
        {
            mapping.Apply(configurationBuilder);
        }
        if (!ProviderMapsNodaTime(database))
        {
            NodaTimeMappings.Apply(configurationBuilder);
        }
        return configurationBuilder;
    }

    internal static bool ProviderMapsNodaTime(DatabaseFacade? database) =>
        database is not null
        && ((IInfrastructure<IServiceProvider>)database).GetService<ITypeMappingSource>().FindMapping(typeof(Instant)) is not null;
}
