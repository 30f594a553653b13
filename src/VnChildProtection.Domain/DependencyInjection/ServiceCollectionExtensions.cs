using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.DependencyInjection;

/// <summary>Registers the library's services in a Microsoft.Extensions.DependencyInjection container.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the registries and an <see cref="IClock"/> (the system clock unless one is already registered), all as
    /// singletons. Existing registrations of the same services win, so hosts and tests can substitute their own.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional configuration of <see cref="VnChildProtectionOptions"/>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddVnChildProtection(this IServiceCollection services, Action<VnChildProtectionOptions>? configure = null)
    {
        Preconditions.CheckNotNull(services);
        var options = new VnChildProtectionOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        return services;
    }
}
