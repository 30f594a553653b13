using System;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Interop.Dhis2;

/// <summary>
/// What a streaming reader gives next: a data value with where it is, or a diagnostic about an item it could not read.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly record struct Dhis2ReadItem
{
    private Dhis2ReadItem(Dhis2DataValue? value, Dhis2Diagnostic? diagnostic, SourceLocation location)
    {
        Value = value;
        Diagnostic = diagnostic;
        Location = location;
    }

    /// <summary>The data value, or null when this item is a diagnostic.</summary>
    public Dhis2DataValue? Value { get; }

    /// <summary>The diagnostic, or null when this item is a data value.</summary>
    public Dhis2Diagnostic? Diagnostic { get; }

    /// <summary>Where the value (or the problem) is.</summary>
    public SourceLocation Location { get; }

    /// <summary>An item that is a data value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="location">Where it starts.</param>
    /// <returns>The item.</returns>
    public static Dhis2ReadItem OfValue(Dhis2DataValue value, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(location);
        return new(value, null, location);
    }

    /// <summary>An item that is a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The item, located where the diagnostic is.</returns>
    public static Dhis2ReadItem OfDiagnostic(Dhis2Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new(null, diagnostic, diagnostic.Location);
    }
}
