using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VnChildProtection.Documents.Text;
using VnChildProtection.Documents.Word;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.DependencyInjection;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Documents.DependencyInjection;

/// <summary>Registers the plan importers in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class DocumentsServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons: <see cref="PlanTextImporterOptions"/> and <see cref="PlanTextImporter"/> built on the
    /// container's <see cref="AgencyRegistry"/>, <see cref="AdministrativeUnitRegistry"/> and
    /// <see cref="IndicatorRegistry"/> (so agency aliases and units configured through
    /// <see cref="ServiceCollectionExtensions.AddVnChildProtection"/> reach imported plans), <see cref="WordDocumentReader"/>
    /// and <see cref="PlanWordImporter"/>. Call <see cref="ServiceCollectionExtensions.AddVnChildProtection"/> too (in
    /// either order): it registers the registries these are built on. Services already registered win (<c>TryAdd</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddVnChildProtectionDocuments(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(provider => PlanTextImporterOptions.Default with
        {
            Agencies = provider.GetRequiredService<AgencyRegistry>(),
            Units = provider.GetRequiredService<AdministrativeUnitRegistry>(),
            Indicators = provider.GetRequiredService<IndicatorRegistry>(),
        });
        services.TryAddSingleton(provider => new PlanTextImporter(provider.GetRequiredService<PlanTextImporterOptions>()));
        services.TryAddSingleton(_ => new WordDocumentReader());
        services.TryAddSingleton(provider => new PlanWordImporter(
            provider.GetRequiredService<WordDocumentReader>(), provider.GetRequiredService<PlanTextImporter>()));
        return services;
    }
}
