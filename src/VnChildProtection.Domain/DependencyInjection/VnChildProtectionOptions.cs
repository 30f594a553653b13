namespace VnChildProtection.Domain.DependencyInjection;

/// <summary>
/// Options for <see cref="ServiceCollectionExtensions.AddVnChildProtection"/>: how the shipped registries are
/// extended or overridden for one host.
/// </summary>
/// <remarks>
/// The shipped data sets are immutable; options describe additions that are applied once, when the registries are
/// first resolved. This type is mutable during configuration only and is not thread-safe.
/// </remarks>
public sealed class VnChildProtectionOptions
{
}
