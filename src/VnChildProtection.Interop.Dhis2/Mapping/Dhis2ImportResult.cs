using System;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Indicators;

namespace VnChildProtection.Interop.Dhis2.Mapping;

/// <summary>
/// What <see cref="Dhis2Import.Read"/> made of a whole message: the observations of the good values and every diagnostic,
/// in document order.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Dhis2ImportResult
{
    internal Dhis2ImportResult(ValueList<Observation> observations, ValueList<Dhis2Diagnostic> diagnostics)
    {
        Observations = observations;
        Diagnostics = diagnostics;
    }

    /// <summary>The observations of the values that could be read and mapped, in document order.</summary>
    public ValueList<Observation> Observations { get; }

    /// <summary>Every problem, in document order; empty when the whole message was mapped.</summary>
    public ValueList<Dhis2Diagnostic> Diagnostics { get; }

    /// <summary>Whether every value was read and mapped.</summary>
    public bool IsValid => Diagnostics.Count == 0;
}
