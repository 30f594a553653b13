using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Csv;

/// <summary>
/// Reads and writes observations as CSV: <c>unit_code,year,indicator,measure,numerator,denominator,value</c>, with
/// optional <c>period</c> (a DHIS2 period identifier such as <c>202501</c>, instead of or beside <c>year</c>),
/// category columns (<c>sex</c>, <c>age</c>, <c>area</c>, <c>ethnicity</c>, <c>disability</c>) and <c>parent_code</c>
/// columns, UTF-8 with or without BOM, RFC 4180 quoting, CRLF or LF line ends.
/// </summary>
/// <remarks>
/// <para>Numbers use <c>.</c> as the decimal separator and no thousands separator (a comma is the field
/// separator), and cannot be negative. A row gives either a numerator and a denominator, or a value.</para>
/// <para><c>unit_code</c> and <c>parent_code</c> are official administrative unit codes (<see cref="AdministrativeUnitCode"/>:
/// 2 digits a province, 3 a district, 5 a commune); a parent is of a higher level than its unit.</para>
/// <para>Reading never throws on file content: every bad record becomes an <see cref="ObservationCsvError"/> with
/// its line, and every good record an <see cref="Observation"/>. Columns may come in any order; header names are
/// case-insensitive. Empty lines are skipped. An empty category cell means the row is not disaggregated by that
/// category (a total over it); a reported total that differs from the sum of its parts is an error on the total's
/// row, and the row is still read.</para>
/// <para><see cref="Write(IEnumerable{Observation}, TextWriter, IReadOnlyDictionary{AdministrativeUnitCode, AdministrativeUnitCode}?)"/>
/// writes the canonical form, which reads back to the same observations and writes again to the same bytes.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ObservationCsv
{
    /// <summary>The header <see cref="Write(IEnumerable{Observation}, TextWriter, IReadOnlyDictionary{AdministrativeUnitCode, AdministrativeUnitCode}?)"/> writes without parent codes.</summary>
    public const string Header = "unit_code,year,indicator,measure,numerator,denominator,value";

    private const int UnitColumn = 0, YearColumn = 1, IndicatorColumn = 2, MeasureColumn = 3, NumeratorColumn = 4, DenominatorColumn = 5, ValueColumn = 6,
        ParentColumn = 7, PeriodColumn = 8, FirstCategoryColumn = 9;

    // The category columns follow in the order of Category.Value (sex, age, area, ethnicity, disability).
    private static readonly Category[] Categories = [Category.Sex, Category.Age, Category.Area, Category.Ethnicity, Category.Disability];
    private static readonly string[] ColumnNames =
        ["unit_code", "year", "indicator", "measure", "numerator", "denominator", "value", "parent_code", "period", "sex", "age", "area", "ethnicity", "disability"];

    /// <summary>Reads observations from CSV text.</summary>
    /// <param name="text">The file's text (a leading BOM is ignored).</param>
    /// <param name="registry">The measures rows may name; <see cref="IndicatorRegistry.Default"/> when null.</param>
    /// <returns>The observations of the good rows, the parent links, and the errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ObservationCsvResult Read(string text, IndicatorRegistry? registry = null)
    {
        Preconditions.CheckNotNull(text);
        return Read(new RecordReader(text), registry ?? IndicatorRegistry.Default);
    }

    /// <summary>Reads observations from a UTF-8 stream (with or without BOM), streaming: the file is read through a
    /// fixed buffer, never held whole in memory.</summary>
    /// <param name="stream">The stream; read to its end, not closed.</param>
    /// <param name="registry">The measures rows may name; <see cref="IndicatorRegistry.Default"/> when null.</param>
    /// <returns>The observations of the good rows, the parent links, and the errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static ObservationCsvResult ReadUtf8(Stream stream, IndicatorRegistry? registry = null)
    {
        Preconditions.CheckNotNull(stream);
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(new RecordReader(reader), registry ?? IndicatorRegistry.Default);
    }

    private static ObservationCsvResult Read(RecordReader reader, IndicatorRegistry registry)
    {
        var observations = new List<Observation>();
        var errors = new List<ObservationCsvError>();
        var parents = new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode>();
        var parentCells = new Dictionary<AdministrativeUnitCode, (int Line, int Column)>();
        var fields = new List<string>();

        if (!reader.Next(fields, out var headerLine, out var headerError))
        {
            errors.Add(new ObservationCsvError(ObservationCsvErrorCodes.HeaderMissing, 1, 0, string.Empty, "The file is empty: expected the header " + Header + "."));
            return new ObservationCsvResult(observations, errors, parents, parentCells);
        }
        if (headerError is not null)
        {
            errors.Add(Error(headerError, headerLine, 0, string.Empty, "The header line is not valid CSV."));
            return new ObservationCsvResult(observations, errors, parents, parentCells);
        }
        var map = MapHeader(fields, headerLine, errors);
        if (map is null)
        {
            return new ObservationCsvResult(observations, errors, parents, parentCells);
        }
        var width = fields.Count;
        var seen = new HashSet<(AdministrativeUnitCode, Period, MeasureId, DisaggregationKey)>();
        var lines = new List<int>();
        while (reader.Next(fields, out var line, out var syntaxError))
        {
            if (syntaxError is not null)
            {
                errors.Add(Error(syntaxError, line, 0, string.Empty, syntaxError == ObservationCsvErrorCodes.QuoteUnterminated
                    ? "A quoted cell is not closed before the end of the file."
                    : "A quote must open and close a whole cell; write a quote inside a quoted cell as two quotes."));
                continue;
            }
            if (fields.Count != width)
            {
                errors.Add(Error(ObservationCsvErrorCodes.FieldCount, line, 0, string.Empty,
                    string.Create(CultureInfo.InvariantCulture, $"The record has {fields.Count} field(s); the header has {width}.")));
                continue;
            }
            var (observation, parentCode) = new Row(fields, map, line, errors).Parse(registry);
            if (observation is null)
            {
                continue;
            }
            if (!seen.Add((observation.UnitCode, observation.Period, observation.Measure, observation.Disaggregation)))
            {
                errors.Add(Error(ObservationCsvErrorCodes.Duplicate, line, 0, string.Empty, "Another row already gives this unit, period, measure and disaggregation."));
                continue;
            }
            if (parentCode is { } parent && !AddParent(observation.UnitCode, parent, line, map[ParentColumn] + 1, parents, parentCells, errors))
            {
                continue;
            }
            observations.Add(observation);
            lines.Add(line);
        }
        var amountColumn = (map[ValueColumn] < map[NumeratorColumn] ? map[ValueColumn] : map[NumeratorColumn]) + 1;
        foreach (var mismatch in TotalCheck.Find(observations, registry))
        {
            var total = observations[mismatch.Index];
            errors.Add(Error(ObservationCsvErrorCodes.TotalMismatch, lines[mismatch.Index], amountColumn, total.Value is null ? ColumnNames[NumeratorColumn] : ColumnNames[ValueColumn],
                string.Create(CultureInfo.InvariantCulture, $"The reported {total.Disaggregation}, {mismatch.Reported}, differs from the sum of its {mismatch.Parts} part(s) on other rows, {mismatch.PartsSum}.")));
        }
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new ObservationCsvResult(observations, errors, parents, parentCells);
    }

    /// <summary>
    /// Writes observations as CSV in the canonical form: LF line ends, numbers in invariant culture, cells quoted only
    /// when needed; a <c>year</c> column when every observation is yearly, a <c>period</c> column otherwise; after
    /// <c>value</c>, a column for each category any observation is disaggregated by (sex, age, area, ethnicity,
    /// disability, in that order), then <c>parent_code</c> when parent codes are given.
    /// </summary>
    /// <param name="observations">The observations, written in the order given.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="parentCodes">Parent links to write in a <c>parent_code</c> column; no such column when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/>, an element, or <paramref name="writer"/> is null.</exception>
    public static void Write(IEnumerable<Observation> observations, TextWriter writer, IReadOnlyDictionary<AdministrativeUnitCode, AdministrativeUnitCode>? parentCodes = null)
    {
        Preconditions.CheckNotNull(observations);
        Preconditions.CheckNotNull(writer);
        var list = observations as IReadOnlyList<Observation> ?? [.. observations];
        var yearly = true;
        var used = new bool[Categories.Length];
        foreach (var o in list)
        {
            Preconditions.CheckNotNull(o, nameof(observations));
            yearly &= o.Period.Type == PeriodType.Yearly;
            foreach (var option in o.Disaggregation.Options)
            {
                used[Array.IndexOf(Categories, option.Category)] = true;
            }
        }
        writer.Write(yearly ? Header : "unit_code,period,indicator,measure,numerator,denominator,value");
        for (var c = 0; c < Categories.Length; c++)
        {
            if (used[c])
            {
                writer.Write(',');
                writer.Write(Categories[c].Code);
            }
        }
        writer.Write(parentCodes is null ? "\n" : ",parent_code\n");
        foreach (var o in list)
        {
            writer.Write(o.UnitCode.Value);
            writer.Write(',');
            writer.Write(yearly ? o.Year.ToString(CultureInfo.InvariantCulture) : o.Period.ToString());
            writer.Write(',');
            writer.Write(o.Measure.Indicator.ToString());
            writer.Write(',');
            writer.Write(o.Measure.Letter);
            writer.Write(',');
            writer.Write(Format(o.Numerator));
            writer.Write(',');
            writer.Write(Format(o.Denominator));
            writer.Write(',');
            writer.Write(Format(o.Value));
            for (var c = 0; c < Categories.Length; c++)
            {
                if (used[c])
                {
                    writer.Write(',');
                    WriteCell(writer, o.Disaggregation.OptionOf(Categories[c])?.Code);
                }
            }
            if (parentCodes is not null)
            {
                writer.Write(',');
                if (parentCodes.TryGetValue(o.UnitCode, out var parent))
                {
                    writer.Write(parent.Value);
                }
            }
            writer.Write('\n');
        }
    }

    /// <summary>Writes a cell, quoted (RFC 4180) only when it holds a comma, a quote or a line break.</summary>
    private static void WriteCell(TextWriter writer, string? text)
    {
        if (text is null)
        {
            return;
        }
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(text);
            return;
        }
        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    /// <summary>Writes observations to a CSV string (see <see cref="Write(IEnumerable{Observation}, TextWriter, IReadOnlyDictionary{AdministrativeUnitCode, AdministrativeUnitCode}?)"/>).</summary>
    /// <param name="observations">The observations.</param>
    /// <param name="parentCodes">Parent links to write in a <c>parent_code</c> column; no such column when null.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or an element is null.</exception>
    public static string WriteToString(IEnumerable<Observation> observations, IReadOnlyDictionary<AdministrativeUnitCode, AdministrativeUnitCode>? parentCodes = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(observations, writer, parentCodes);
        return writer.ToString();
    }

    private static string Format(decimal? number) => number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static int[]? MapHeader(List<string> header, int line, List<ObservationCsvError> errors)
    {
        var map = new int[ColumnNames.Length];
        Array.Fill(map, -1);
        var ok = true;
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            var known = Array.FindIndex(ColumnNames, c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (known < 0)
            {
                errors.Add(Error(ObservationCsvErrorCodes.HeaderUnknownColumn, line, i + 1, name, "Unknown column; its cells are not read."));
            }
            else if (map[known] >= 0)
            {
                errors.Add(Error(ObservationCsvErrorCodes.HeaderInvalid, line, i + 1, name, "The column appears twice."));
                ok = false;
            }
            else
            {
                map[known] = i;
            }
        }
        if (map[YearColumn] < 0 && map[PeriodColumn] < 0)
        {
            errors.Add(Error(ObservationCsvErrorCodes.HeaderInvalid, line, 0, string.Empty, "The header lacks a year or a period column."));
            ok = false;
        }
        for (var c = 0; c < ParentColumn; c++)
        {
            if (map[c] < 0 && c != YearColumn)
            {
                errors.Add(Error(ObservationCsvErrorCodes.HeaderInvalid, line, 0, string.Empty, "The header lacks the required column " + ColumnNames[c] + "."));
                ok = false;
            }
        }
        return ok ? map : null;
    }

    private static bool AddParent(
        AdministrativeUnitCode unit, AdministrativeUnitCode parent, int line, int column, Dictionary<AdministrativeUnitCode, AdministrativeUnitCode> parents,
        Dictionary<AdministrativeUnitCode, (int Line, int Column)> parentCells, List<ObservationCsvError> errors)
    {
        if (parents.TryGetValue(unit, out var earlier))
        {
            if (earlier == parent)
            {
                return true;
            }
            errors.Add(Error(ObservationCsvErrorCodes.ParentCodeInvalid, line, column, ColumnNames[ParentColumn],
                string.Create(CultureInfo.InvariantCulture, $"The unit's parent differs from the one given on line {parentCells[unit].Line}.")));
            return false;
        }
        // A parent is of a higher level than its unit (checked per row), so the links cannot form a cycle.
        parents.Add(unit, parent);
        parentCells.Add(unit, (line, column));
        return true;
    }

    private static ObservationCsvError Error(string code, int line, int column, string field, string message) => new(code, line, column, field, message);

    /// <summary>One record's cells, checked field by field; every problem is reported, not only the first.</summary>
    private readonly struct Row(List<string> fields, int[] map, int line, List<ObservationCsvError> errors)
    {
        public (Observation? Observation, AdministrativeUnitCode? ParentCode) Parse(IndicatorRegistry registry)
        {
            var before = errors.Count;
            var unit = UnitCode(UnitColumn, ObservationCsvErrorCodes.UnitCodeInvalid);
            var parentText = map[ParentColumn] >= 0 ? Cell(ParentColumn) : string.Empty;
            var parent = parentText.Length > 0 ? UnitCode(ParentColumn, ObservationCsvErrorCodes.ParentCodeInvalid) : null;
            if (parent is not null && unit is not null && !UnitHierarchy.IsAbove(parent, unit))
            {
                Fail(ParentColumn, ObservationCsvErrorCodes.ParentCodeInvalid,
                    "The parent must be of a higher level than the unit: a province (2 digits) above a district (3) above a commune (5).");
            }
            var period = ParsePeriod();
            var measure = ParseMeasure(registry);
            var numerator = Number(NumeratorColumn);
            var denominator = Number(DenominatorColumn);
            var value = Number(ValueColumn);
            var key = ParseDisaggregation(measure is { } id && registry.TryGetMeasure(id, out var definition) ? definition.Disaggregation : null);
            if (errors.Count != before)
            {
                return (null, null);
            }
            var hasNumerator = Cell(NumeratorColumn).Length > 0;
            var hasDenominator = Cell(DenominatorColumn).Length > 0;
            var hasValue = Cell(ValueColumn).Length > 0;
            if (hasNumerator != hasDenominator || hasNumerator == hasValue)
            {
                errors.Add(Error(ObservationCsvErrorCodes.AmountsInvalid, line, 0, string.Empty, "Give either a numerator and a denominator, or a value."));
                return (null, null);
            }
            var observation = hasValue
                ? Observation.FromValue(unit!, period!.Value, measure!.Value, value!.Value, key)
                : Observation.FromCounts(unit!, period!.Value, measure!.Value, numerator!.Value, denominator!.Value, key);
            return (observation, parent);
        }

        /// <summary>The period from the <c>period</c> cell, or the <c>year</c> cell; both when given must agree.</summary>
        private Period? ParsePeriod()
        {
            var yearText = Cell(YearColumn);
            var periodText = Cell(PeriodColumn);
            Period? year = null;
            if (yearText.Length > 0 || periodText.Length == 0)
            {
                if (yearText.Length is > 0 and <= 4 && int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                    && y is >= Period.MinYear and <= Period.MaxYear)
                {
                    year = Period.CalendarYear(y);
                }
                else
                {
                    if (map[YearColumn] >= 0)
                    {
                        Fail(YearColumn, ObservationCsvErrorCodes.YearInvalid,
                            string.Create(CultureInfo.InvariantCulture, $"The year must be a whole number from {Period.MinYear} to {Period.MaxYear}."));
                    }
                    else
                    {
                        Fail(PeriodColumn, ObservationCsvErrorCodes.PeriodInvalid, "Expected a period such as 2025, 2025Q1 or 202501.");
                    }
                    return null;
                }
            }
            if (periodText.Length == 0)
            {
                return year;
            }
            if (!Period.Parse(periodText).TryPickT0(out var period, out var error))
            {
                Fail(PeriodColumn, ObservationCsvErrorCodes.PeriodInvalid, error.Message + " (" + error.Code + ")");
                return null;
            }
            if (year is { } given && given != period)
            {
                Fail(PeriodColumn, ObservationCsvErrorCodes.PeriodInvalid, "The period and the year disagree; give the year only for yearly data.");
                return null;
            }
            return period;
        }

        /// <summary>The row's disaggregation from its category cells (empty cells: not disaggregated by that category).</summary>
        private DisaggregationKey ParseDisaggregation(CategoryCombination? combination)
        {
            List<CategoryOption>? options = null;
            for (var c = 0; c < Categories.Length; c++)
            {
                var text = Cell(FirstCategoryColumn + c);
                if (text.Length == 0)
                {
                    continue;
                }
                if (!Categories[c].ParseOption(text).TryPickT0(out var option, out var error))
                {
                    Fail(FirstCategoryColumn + c, ObservationCsvErrorCodes.CategoryOptionUnknown, error.Message);
                    continue;
                }
                if (combination is not null && !combination.Accepts(DisaggregationKey.Of(option)))
                {
                    Fail(FirstCategoryColumn + c, ObservationCsvErrorCodes.CategoryOptionUnknown,
                        "The measure is not disaggregated by this option (its categories: " + combination + ").");
                    continue;
                }
                (options ??= []).Add(option);
            }
            return options is null ? DisaggregationKey.Total : DisaggregationKey.Of(options);
        }

        private MeasureId? ParseMeasure(IndicatorRegistry registry)
        {
            var indicatorText = Cell(IndicatorColumn);
            if (indicatorText.Length == 0 || !IndicatorId.TryParse(indicatorText, out var indicator))
            {
                Fail(IndicatorColumn, ObservationCsvErrorCodes.IndicatorInvalid, "Expected an indicator such as CT3.");
                return null;
            }
            var measureText = Cell(MeasureColumn);
            MeasureId measure;
            if (measureText.Length == 1 && char.IsAsciiLetter(measureText[0]))
            {
                measure = new MeasureId(indicator, char.ToLowerInvariant(measureText[0]));
            }
            else if (!MeasureId.TryParse(measureText, out measure) || measure.Indicator != indicator)
            {
                Fail(MeasureColumn, ObservationCsvErrorCodes.MeasureInvalid, "Expected a measure letter (b) or a measure of the row's indicator (CT3.b).");
                return null;
            }
            if (!registry.TryGetMeasure(measure, out _))
            {
                Fail(MeasureColumn, ObservationCsvErrorCodes.MeasureUnknown, "The indicator registry has no such measure.");
                return null;
            }
            return measure;
        }

        private decimal? Number(int column)
        {
            var text = Cell(column);
            if (text.Length == 0)
            {
                return null;
            }
            if (text.Length <= 30 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[^1])
                && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }
            Fail(column, ObservationCsvErrorCodes.NumberInvalid, text.StartsWith('-') ? "Counts and values cannot be negative." : "Expected a non-negative number such as 12 or 4.5 ('.' as decimal separator, no thousands separator).");
            return null;
        }

        /// <summary>The cell as an official unit code, or null after an error naming what is wrong with it (never its content).</summary>
        private AdministrativeUnitCode? UnitCode(int column, string code)
        {
            if (AdministrativeUnitCode.Parse(Cell(column)).TryPickT0(out var unitCode, out var error))
            {
                return unitCode;
            }
            Fail(column, code, error.Message + " (" + error.Code + ")");
            return null;
        }

        private string Cell(int column) => map[column] < 0 ? string.Empty : fields[map[column]].Trim();

        private void Fail(int column, string code, string message) =>
            errors.Add(Error(code, line, map[column] + 1, ColumnNames[column], message));
    }
}
