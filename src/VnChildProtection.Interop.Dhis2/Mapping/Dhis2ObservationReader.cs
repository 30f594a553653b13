using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Interop.Dhis2.Mapping;

/// <summary>
/// Reads DHIS2 data (<c>dataValueSets</c> JSON or ADX) from a stream and maps each data value through a
/// <see cref="Dhis2Mapping"/> to an <see cref="Observation"/>, one at a time.
/// </summary>
/// <remarks>
/// <para>Every data value becomes an observation or at least one <see cref="Dhis2Diagnostic"/> with its position: an
/// organisation unit, data element, category option combo or category option the mapping does not know, a period that is not
/// one or not of the data set's type, a value that is not a number or is negative, a deletion, an attribute option combo other
/// than the default, a data set or id scheme other than the mapping's. A rate read as counts pairs its numerator and
/// denominator values (same unit, period and disaggregation); a half without its pair is reported at the end.</para>
/// <para>Memory is bounded by the mapping and the pairs in flight (DHIS2 and this package write the two halves next to each
/// other), not by the file. Checks across values (duplicates, totals against their parts) need every value:
/// <see cref="Dhis2Import.Read"/> does them.</para>
/// <para>An instance reads one stream and is not thread-safe.</para>
/// </remarks>
public sealed class Dhis2ObservationReader : IDisposable
{
    private readonly DataValueSetJsonReader? json;
    private readonly AdxReader? adx;
    private readonly Dhis2Mapping mapping;
    private readonly Dhis2Format format;
    private readonly Queue<Dhis2ImportItem> pending = new();
    private readonly Dictionary<(AdministrativeUnitCode, Period, MeasureId, DisaggregationKey), (Dhis2DataElementPart Part, decimal Value, SourceLocation Location)> halves = [];
    private Dhis2DataValueSetHeader? checkedHeader;
    private bool headerAgrees = true;
    private bool ended;

    /// <summary>Reads <paramref name="stream"/> in <paramref name="format"/> through <paramref name="mapping"/>.</summary>
    /// <param name="stream">The message.</param>
    /// <param name="format">Its format.</param>
    /// <param name="mapping">The mapping.</param>
    /// <param name="leaveOpen">Whether disposing the reader leaves the stream open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Dhis2ObservationReader(Stream stream, Dhis2Format format, Dhis2Mapping mapping, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(mapping);
        this.mapping = mapping;
        this.format = format;
        if (format == Dhis2Format.Adx)
        {
            adx = new AdxReader(stream, leaveOpen);
        }
        else
        {
            json = new DataValueSetJsonReader(stream, leaveOpen);
        }
    }

    /// <summary>Reads every item of <paramref name="stream"/>, lazily.</summary>
    /// <param name="stream">The message; disposed when the enumeration ends.</param>
    /// <param name="format">Its format.</param>
    /// <param name="mapping">The mapping.</param>
    /// <returns>Observations and diagnostics in document order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<Dhis2ImportItem> ReadAll(Stream stream, Dhis2Format format, Dhis2Mapping mapping)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(mapping);
        return Iterate(stream, format, mapping);

        static IEnumerable<Dhis2ImportItem> Iterate(Stream stream, Dhis2Format format, Dhis2Mapping mapping)
        {
            using var reader = new Dhis2ObservationReader(stream, format, mapping);
            while (reader.Read(out var item))
            {
                yield return item;
            }
        }
    }

    /// <summary>Reads the next observation or diagnostic.</summary>
    /// <param name="item">The item read.</param>
    /// <returns>False at the end of the message.</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public bool Read(out Dhis2ImportItem item)
    {
        while (pending.Count == 0 && !ended)
        {
            Dhis2ReadItem next;
            var more = json is not null ? json.Read(out next) : adx!.Read(out next);
            if (!more)
            {
                ended = true;
                foreach (var half in halves.Values)
                {
                    Report(Dhis2DiagnosticCodes.MissingField, half.Part == Dhis2DataElementPart.Numerator
                        ? "This numerator has no denominator value for the same unit, period and disaggregation."
                        : "This denominator has no numerator value for the same unit, period and disaggregation.", half.Location);
                }
                halves.Clear();
                break;
            }
            if (next.Diagnostic is { } diagnostic)
            {
                pending.Enqueue(Dhis2ImportItem.OfDiagnostic(diagnostic));
                continue;
            }
            Map(next.Value!, next.Location);
        }
        return pending.TryDequeue(out item);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        json?.Dispose();
        adx?.Dispose();
    }

    private void Map(Dhis2DataValue value, SourceLocation location)
    {
        CheckHeader(json?.Header ?? adx!.Group, location);
        var problems = pending.Count;
        if (!headerAgrees)
        {
            Report(Dhis2DiagnosticCodes.UnknownDataSet, "The value belongs to a data set the mapping does not describe.", location);
        }
        if (value.Deleted == true)
        {
            Report(Dhis2DiagnosticCodes.ValueInvalid, "A deleted value is not an observation.", location);
        }
        if (!mapping.TryGetUnit(value.OrgUnit, out var unit))
        {
            Report(Dhis2DiagnosticCodes.UnknownOrgUnit, "The mapping does not map this organisation unit.", location);
        }
        var mapped = mapping.TryGetMeasure(value.DataElement, out var measure, out var part);
        if (!mapped)
        {
            Report(Dhis2DiagnosticCodes.UnknownDataElement, "The mapping does not map this data element.", location);
        }
        Period period = default;
        var parsed = format == Dhis2Format.Adx ? Period.ParseIso8601(value.Period) : Period.Parse(value.Period);
        if (!parsed.TryPickT0(out period, out var periodError))
        {
            Report(Dhis2DiagnosticCodes.PeriodInvalid, (format == Dhis2Format.Adx
                ? "Not an ISO 8601 interval of a DHIS2 period (2025-01-01/P1M): "
                : "Not a DHIS2 period identifier (202501, 2025Q1, 2025): ") + periodError.Message, location);
        }
        else if (mapping.PeriodType is { } type && period.Type != type)
        {
            Report(Dhis2DiagnosticCodes.PeriodType, "The data set is " + type.Name + "; this period is " + period.Type.Name + ".", location);
        }
        var key = Disaggregation(value, location);
        if (key is not null && mapped && IndicatorRegistry.Default.TryGetMeasure(measure, out var definition) && !definition.Disaggregation.Accepts(key))
        {
            Report(Dhis2DiagnosticCodes.UnknownCategoryOption, "The measure is not disaggregated by this category option.", location);
        }
        if (value.AttributeOptionCombo is { } aoc && !(mapping.TryGetDisaggregation(aoc, out var aocKey) && aocKey.IsTotal) || value.AttributeOptions.Count > 0)
        {
            Report(Dhis2DiagnosticCodes.AttributeOptionCombo, "Only the default attribute option combo can be mapped to an observation.", location);
        }
        decimal amount = 0;
        if (value.Value is null || !decimal.TryParse(value.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            Report(Dhis2DiagnosticCodes.ValueInvalid, "The value is not a number (digits with an optional . and sign).", location);
        }
        else if (amount < 0)
        {
            Report(Dhis2DiagnosticCodes.ValueNegative, "Counts and values cannot be negative.", location);
        }
        if (pending.Count > problems)
        {
            return;
        }
        if (part == Dhis2DataElementPart.Value)
        {
            pending.Enqueue(Dhis2ImportItem.OfObservation(Observation.FromValue(unit!, period, measure, amount, key), location));
            return;
        }
        var slot = (unit!, period, measure, key!);
        if (!halves.Remove(slot, out var other))
        {
            halves[slot] = (part, amount, location);
            return;
        }
        if (other.Part == part)
        {
            halves[slot] = other;
            Report(Dhis2DiagnosticCodes.ValueDuplicate, "A second " + (part == Dhis2DataElementPart.Numerator ? "numerator" : "denominator") + " for the same unit, period and disaggregation; the first is kept.", location);
            return;
        }
        var (numerator, denominator) = part == Dhis2DataElementPart.Numerator ? (amount, other.Value) : (other.Value, amount);
        pending.Enqueue(Dhis2ImportItem.OfObservation(Observation.FromCounts(unit!, period, measure, numerator, denominator, key), location));
    }

    private DisaggregationKey? Disaggregation(Dhis2DataValue value, SourceLocation location)
    {
        if (value.CategoryOptionCombo is { } combo)
        {
            if (mapping.TryGetDisaggregation(combo, out var key))
            {
                return key;
            }
            Report(Dhis2DiagnosticCodes.UnknownCategoryOptionCombo, "The mapping does not map this category option combo.", location);
            return null;
        }
        if (value.CategoryOptions.Count == 0)
        {
            return DisaggregationKey.Total;
        }
        var options = new List<CategoryOption>(value.CategoryOptions.Count);
        foreach (var adxOption in value.CategoryOptions)
        {
            if (!mapping.TryGetOption(adxOption, out var option))
            {
                Report(Dhis2DiagnosticCodes.UnknownCategoryOption, "The mapping does not map the category option " + adxOption.Category + ".", location);
                return null;
            }
            if (options.Exists(o => o.Category == option.Category))
            {
                Report(Dhis2DiagnosticCodes.UnknownCategoryOption, "Two ADX categories give the same category.", location);
                return null;
            }
            options.Add(option);
        }
        return DisaggregationKey.Of(options);
    }

    private void CheckHeader(Dhis2DataValueSetHeader header, SourceLocation location)
    {
        if (ReferenceEquals(header, checkedHeader))
        {
            return;
        }
        checkedHeader = header;
        headerAgrees = mapping.DataSet is null || header.DataSet is null || header.DataSet == mapping.DataSet;
        var elementScheme = header.DataElementIdScheme ?? header.IdScheme;
        var unitScheme = header.OrgUnitIdScheme ?? header.IdScheme;
        var comboScheme = header.CategoryOptionComboIdScheme ?? header.IdScheme;
        if (!Dhis2Mapping.Agrees(elementScheme, mapping.DataElementIdScheme) || !Dhis2Mapping.Agrees(unitScheme, mapping.OrgUnitIdScheme)
            || !Dhis2Mapping.Agrees(comboScheme, mapping.CategoryOptionComboIdScheme))
        {
            Report(Dhis2DiagnosticCodes.IdScheme, "The message declares an id scheme other than the mapping's; its identifiers are looked up as the mapping's.", location);
        }
    }

    private void Report(string code, string message, SourceLocation location) =>
        pending.Enqueue(Dhis2ImportItem.OfDiagnostic(new Dhis2Diagnostic(code, message, location)));
}
