using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NodaTime;
using OneOf;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Interop.Dhis2.Mapping;

/// <summary>Writes observations as DHIS2 data through a <see cref="Dhis2Mapping"/>: <c>dataValueSets</c> JSON or ADX.</summary>
/// <remarks>
/// <para>An observation given as a value becomes one data value; one given as counts becomes two, its numerator's and its
/// denominator's, next to each other. Periods are written as DHIS2 identifiers in JSON and ISO 8601 intervals in ADX; the
/// disaggregation as the mapped category option combo in JSON (the total as the combo mapped to <c>total</c>, or none, which
/// is DHIS2's default) and as the mapped categories' attributes in ADX. Values are written as the observation holds them
/// (<c>12</c>, <c>12.5</c>). An observation the mapping cannot express (a unit, measure part or disaggregation it does not
/// map) is not written and is reported with its index, <c>$[i]</c>, among the observations given.</para>
/// <para>Writing streams: memory is that of the mapping. This type is stateless and thread-safe.</para>
/// </remarks>
public static class Dhis2Export
{
    /// <summary>Writes observations as <c>dataValueSets</c> JSON in the bulk form, with the mapping's data set and id schemes.</summary>
    /// <param name="stream">Where the JSON goes; left open.</param>
    /// <param name="observations">The observations, in the order to write them.</param>
    /// <param name="mapping">The mapping.</param>
    /// <returns>The observations that were not written, as diagnostics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValueList<Dhis2Diagnostic> WriteJson(Stream stream, IEnumerable<Observation> observations, Dhis2Mapping mapping)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(mapping);
        var header = new Dhis2DataValueSetHeader
        {
            DataSet = mapping.DataSet,
            IdScheme = mapping.IdScheme,
            DataElementIdScheme = mapping.DataElementIdScheme == mapping.IdScheme ? null : mapping.DataElementIdScheme,
            OrgUnitIdScheme = mapping.OrgUnitIdScheme == mapping.IdScheme ? null : mapping.OrgUnitIdScheme,
            CategoryOptionComboIdScheme = mapping.CategoryOptionComboIdScheme == mapping.IdScheme ? null : mapping.CategoryOptionComboIdScheme,
        };
        var diagnostics = new List<Dhis2Diagnostic>();
        using var writer = new DataValueSetJsonWriter(stream, header, leaveOpen: true);
        foreach (var item in ToDataValues(observations, mapping, Dhis2Format.Json))
        {
            item.Switch(writer.Write, diagnostics.Add);
        }
        return new ValueList<Dhis2Diagnostic>(diagnostics);
    }

    /// <summary>Writes observations as ADX, one group per run of values with the same unit and period.</summary>
    /// <param name="stream">Where the XML goes; left open.</param>
    /// <param name="observations">The observations, sorted by unit and period for one group each.</param>
    /// <param name="mapping">The mapping; it must name the data set, which ADX requires.</param>
    /// <param name="exported">When the message was exported (ADX's <c>exported</c> attribute).</param>
    /// <returns>The observations that were not written, as diagnostics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The mapping names no data set.</exception>
    public static ValueList<Dhis2Diagnostic> WriteAdx(Stream stream, IEnumerable<Observation> observations, Dhis2Mapping mapping, Instant exported)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(mapping);
        var diagnostics = new List<Dhis2Diagnostic>();
        using var writer = new AdxWriter(stream, new Dhis2DataValueSetHeader { DataSet = mapping.DataSet }, exported, leaveOpen: true);
        foreach (var item in ToDataValues(observations, mapping, Dhis2Format.Adx))
        {
            item.Switch(writer.Write, diagnostics.Add);
        }
        return new ValueList<Dhis2Diagnostic>(diagnostics);
    }

    /// <summary>The data values of observations in a format's form, lazily, or a diagnostic for each observation the mapping cannot express.</summary>
    /// <param name="observations">The observations.</param>
    /// <param name="mapping">The mapping.</param>
    /// <param name="format">The form: periods and disaggregations as JSON or as ADX writes them.</param>
    /// <returns>The values in order (two for an observation given as counts).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<OneOf<Dhis2DataValue, Dhis2Diagnostic>> ToDataValues(IEnumerable<Observation> observations, Dhis2Mapping mapping, Dhis2Format format)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(mapping);
        return Iterate(observations, mapping, format);

        static IEnumerable<OneOf<Dhis2DataValue, Dhis2Diagnostic>> Iterate(IEnumerable<Observation> observations, Dhis2Mapping mapping, Dhis2Format format)
        {
            var index = -1;
            foreach (var o in observations)
            {
                index++;
                ArgumentNullException.ThrowIfNull(o, nameof(observations));
                var location = new SourceLocation("$[" + index.ToString(CultureInfo.InvariantCulture) + "]");
                var orgUnit = mapping.OrgUnitOf(o.UnitCode);
                if (orgUnit is null)
                {
                    yield return Problem(Dhis2DiagnosticCodes.UnknownOrgUnit, "The mapping maps no organisation unit to this unit.", location);
                    continue;
                }
                var period = format == Dhis2Format.Adx ? o.Period.ToIso8601String() : o.Period.ToString();
                string? combo = null;
                var options = ValueList<Dhis2CategoryOption>.Empty;
                if (format == Dhis2Format.Adx)
                {
                    if (mapping.CategoryOptionsOf(o.Disaggregation) is not { } mapped)
                    {
                        yield return Problem(Dhis2DiagnosticCodes.UnknownCategoryOption, "The mapping maps no ADX category option to an option of this disaggregation.", location);
                        continue;
                    }
                    options = mapped;
                }
                else
                {
                    combo = mapping.CategoryOptionComboOf(o.Disaggregation);
                    if (combo is null && !o.Disaggregation.IsTotal)
                    {
                        yield return Problem(Dhis2DiagnosticCodes.UnknownCategoryOptionCombo, "The mapping maps no category option combo to this disaggregation.", location);
                        continue;
                    }
                }
                var parts = o.HasCounts
                    ? new[] { (Dhis2DataElementPart.Numerator, o.Numerator!.Value), (Dhis2DataElementPart.Denominator, o.Denominator!.Value) }
                    : new[] { (Dhis2DataElementPart.Value, o.Value ?? 0m) };
                var elements = new string?[parts.Length];
                for (var i = 0; i < parts.Length; i++)
                {
                    elements[i] = mapping.DataElementOf(o.Measure, parts[i].Item1);
                }
                if (Array.IndexOf(elements, null) >= 0 || !o.HasCounts && o.Value is null)
                {
                    yield return Problem(Dhis2DiagnosticCodes.UnknownDataElement, "The mapping maps no data element to this measure" + (o.HasCounts ? "'s numerator and denominator." : "'s value."), location);
                    continue;
                }
                for (var i = 0; i < parts.Length; i++)
                {
                    yield return new Dhis2DataValue(elements[i]!, period, orgUnit, parts[i].Item2.ToString(CultureInfo.InvariantCulture))
                    {
                        CategoryOptionCombo = combo,
                        CategoryOptions = options,
                    };
                }
            }
        }
    }

    private static OneOf<Dhis2DataValue, Dhis2Diagnostic> Problem(string code, string message, SourceLocation location) =>
        new Dhis2Diagnostic(code, message, location);
}
