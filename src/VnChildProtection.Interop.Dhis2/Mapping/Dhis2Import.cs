using System;
using System.Collections.Generic;
using System.IO;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Interop.Dhis2.Mapping;

/// <summary>Reads a whole DHIS2 message into observations, with the checks that need every value.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class Dhis2Import
{
    /// <summary>
    /// Reads <paramref name="stream"/> through <see cref="Dhis2ObservationReader"/> and then checks across values: a second
    /// value for the same unit, period, measure and disaggregation (<see cref="Dhis2DiagnosticCodes.ValueDuplicate"/>; the first
    /// is kept) and a reported total that is not the sum of its parts (<see cref="Dhis2DiagnosticCodes.TotalMismatch"/>).
    /// </summary>
    /// <param name="stream">The message; left open.</param>
    /// <param name="format">Its format.</param>
    /// <param name="mapping">The mapping.</param>
    /// <returns>The observations of the good values and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Dhis2ImportResult Read(Stream stream, Dhis2Format format, Dhis2Mapping mapping)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(mapping);
        var observations = new List<Observation>();
        var locations = new List<SourceLocation>();
        var diagnostics = new List<Dhis2Diagnostic>();
        var seen = new HashSet<(AdministrativeUnitCode, Period, MeasureId, DisaggregationKey)>();
        using var reader = new Dhis2ObservationReader(stream, format, mapping, leaveOpen: true);
        while (reader.Read(out var item))
        {
            if (item.Diagnostic is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
                continue;
            }
            var o = item.Observation!;
            if (!seen.Add((o.UnitCode, o.Period, o.Measure, o.Disaggregation)))
            {
                diagnostics.Add(new Dhis2Diagnostic(Dhis2DiagnosticCodes.ValueDuplicate,
                    "A second value for the same unit, period, measure and disaggregation; the first is kept.", item.Location));
                continue;
            }
            observations.Add(o);
            locations.Add(item.Location);
        }
        var index = new Dictionary<Observation, SourceLocation>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < observations.Count; i++)
        {
            index[observations[i]] = locations[i];
        }
        foreach (var mismatch in ConsistencyChecker.Default.CheckTotals(observations))
        {
            // The checker gives the total's unit and measure and names its key and period in the message: locate it among the values read.
            var total = observations.Find(o => o.UnitCode == mismatch.UnitCode && o.Measure == mismatch.Measure
                && mismatch.Message.StartsWith("The reported " + o.Disaggregation + " of " + o.Period + ",", StringComparison.Ordinal));
            var location = total is not null ? index[total] : new SourceLocation("$");
            diagnostics.Add(new Dhis2Diagnostic(Dhis2DiagnosticCodes.TotalMismatch, mismatch.Message, location));
        }
        return new Dhis2ImportResult(new ValueList<Observation>(observations), new ValueList<Dhis2Diagnostic>(diagnostics));
    }
}
