using System;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Interop.Dhis2.Mapping;

/// <summary>What <see cref="Dhis2ObservationReader"/> gives next: an observation with where its data value is, or a diagnostic.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly record struct Dhis2ImportItem
{
    private Dhis2ImportItem(Observation? observation, Dhis2Diagnostic? diagnostic, SourceLocation location)
    {
        Observation = observation;
        Diagnostic = diagnostic;
        Location = location;
    }

    /// <summary>The observation, or null when this item is a diagnostic.</summary>
    public Observation? Observation { get; }

    /// <summary>The diagnostic, or null when this item is an observation.</summary>
    public Dhis2Diagnostic? Diagnostic { get; }

    /// <summary>Where the data value (for counts, the second of its two values) or the problem is.</summary>
    public SourceLocation Location { get; }

    /// <summary>An item that is an observation.</summary>
    /// <param name="observation">The observation.</param>
    /// <param name="location">Where its data value is.</param>
    /// <returns>The item.</returns>
    public static Dhis2ImportItem OfObservation(Observation observation, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(location);
        return new(observation, null, location);
    }

    /// <summary>An item that is a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The item.</returns>
    public static Dhis2ImportItem OfDiagnostic(Dhis2Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new(null, diagnostic, diagnostic.Location);
    }
}
