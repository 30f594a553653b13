using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using OneOf;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Periods;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Interop.Dhis2.Mapping;

/// <summary>
/// An explicit mapping between the identifiers of a DHIS2 instance and the library's units, measures and disaggregations,
/// read from a JSON mapping file and validated as a whole before any data is read.
/// </summary>
/// <remarks>
/// <para>The file (docs/dhis2.md):</para>
/// <code>
/// {
///   "dataSet": "VN_CP_MONTHLY", "periodType": "Monthly", "idScheme": "code",
///   "orgUnits": { "VN_12": "12", "VN_12001": "12001" },
///   "dataElements": { "CP_CT13A": { "measure": "CT13.a" }, "CP_CT3A_DEATHS": { "measure": "CT3.a", "part": "numerator" } },
///   "categories": { "SEX": { "category": "sex", "options": { "M": "male", "F": "female" } } },
///   "categoryOptionCombos": { "HllvX50cXC0": "total", "COC_F": "sex=female", "COC_M": "sex=male" }
/// }
/// </code>
/// <para><c>orgUnits</c> maps DHIS2 organisation units to <see cref="AdministrativeUnitCode"/>s, <c>dataElements</c> data
/// elements to a <see cref="MeasureId"/> and the <see cref="Dhis2DataElementPart"/> they carry (<c>value</c> unless said),
/// <c>categories</c> ADX categories and their options to <see cref="Category"/> codes and option codes, and
/// <c>categoryOptionCombos</c> combos to <see cref="DisaggregationKey"/> text. Each side is one to one: two DHIS2
/// identifiers for one unit, measure part or key are refused, so writing is as exact as reading. A rate read as counts needs
/// both its numerator and its denominator element.</para>
/// <para><c>idScheme</c> (default <c>uid</c>) says what the identifiers are; <c>dataElementIdScheme</c>,
/// <c>orgUnitIdScheme</c> and <c>categoryOptionComboIdScheme</c> override it per kind, as DHIS2's import parameters do.
/// Under <c>uid</c> every identifier must be a DHIS2 uid (11 letters or digits, a letter first). <c>periodType</c> (a DHIS2
/// period type name such as <c>Monthly</c>) is the data set's; values of another period type are reported.</para>
/// <para>Every problem of the file is a <see cref="JsonDocumentError"/> (<see cref="Dhis2MappingErrorCodes"/>) with its JSON
/// path, line and column; all of them are reported, not only the first.</para>
/// <para>This type is immutable and thread-safe. Its memory is that of the mapping, whatever the size of the data.</para>
/// </remarks>
public sealed class Dhis2Mapping
{
    private static readonly string[] Schemes = ["uid", "code", "name"];

    private readonly Dictionary<string, AdministrativeUnitCode> units;
    private readonly Dictionary<AdministrativeUnitCode, string> unitIds;
    private readonly Dictionary<string, (MeasureId Measure, Dhis2DataElementPart Part)> elements;
    private readonly Dictionary<(MeasureId, Dhis2DataElementPart), string> elementIds;
    private readonly Dictionary<string, DisaggregationKey> combos;
    private readonly Dictionary<DisaggregationKey, string> comboIds;
    private readonly Dictionary<(string Category, string Option), CategoryOption> options;
    private readonly Dictionary<CategoryOption, Dhis2CategoryOption> optionIds;

    private Dhis2Mapping(Builder b)
    {
        DataSet = b.DataSet;
        PeriodType = b.PeriodType;
        IdScheme = b.IdScheme;
        DataElementIdScheme = b.DataElementIdScheme ?? b.IdScheme;
        OrgUnitIdScheme = b.OrgUnitIdScheme ?? b.IdScheme;
        CategoryOptionComboIdScheme = b.CategoryOptionComboIdScheme ?? b.IdScheme;
        units = b.Units;
        unitIds = b.Units.ToDictionary(p => p.Value, p => p.Key);
        elements = b.Elements;
        elementIds = b.Elements.ToDictionary(p => p.Value, p => p.Key);
        combos = b.Combos;
        comboIds = b.Combos.ToDictionary(p => p.Value, p => p.Key);
        options = b.Options;
        optionIds = b.Options.ToDictionary(p => p.Value, p => new Dhis2CategoryOption(p.Key.Item1, p.Key.Item2));
    }

    /// <summary>The data set the values belong to; null when the mapping does not check it.</summary>
    public string? DataSet { get; }

    /// <summary>The data set's period type; null when values of any period type are taken.</summary>
    public PeriodType? PeriodType { get; }

    /// <summary>The id scheme of every identifier whose own scheme is not given (<c>uid</c>, <c>code</c>, <c>name</c>, <c>attribute:ID</c>).</summary>
    public string IdScheme { get; }

    /// <summary>The id scheme of data elements.</summary>
    public string DataElementIdScheme { get; }

    /// <summary>The id scheme of organisation units.</summary>
    public string OrgUnitIdScheme { get; }

    /// <summary>The id scheme of category option combos.</summary>
    public string CategoryOptionComboIdScheme { get; }

    /// <summary>Reads and validates a mapping file.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The mapping, or every problem of the file with its path and position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static OneOf<Dhis2Mapping, ValueList<JsonDocumentError>> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > 0 && json[0] == '\uFEFF')
        {
            json = json[1..];
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            var lineNumber = (int)(e.LineNumber ?? 0);
            var bytes = (int)(e.BytePositionInLine ?? 0);
            return new ValueList<JsonDocumentError>([new JsonDocumentError(Dhis2MappingErrorCodes.Codes, JsonErrorKind.Syntax,
                "The mapping file is not well-formed JSON.", "$", lineNumber + 1, bytes + 1, bytes, OffsetOf(json, lineNumber, bytes))]);
        }
        using (document)
        {
            var builder = new Builder(json);
            builder.Read(document.RootElement);
            return builder.Errors.Count > 0 ? new ValueList<JsonDocumentError>(builder.Errors) : new Dhis2Mapping(builder);
        }
    }

    /// <summary>The administrative unit of a DHIS2 organisation unit.</summary>
    /// <param name="orgUnit">The organisation unit's identifier.</param>
    /// <param name="unit">The unit, when mapped.</param>
    /// <returns>Whether the organisation unit is mapped.</returns>
    public bool TryGetUnit(string orgUnit, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AdministrativeUnitCode? unit) =>
        units.TryGetValue(orgUnit, out unit);

    /// <summary>The DHIS2 organisation unit of an administrative unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The identifier, or null when the unit is not mapped.</returns>
    public string? OrgUnitOf(AdministrativeUnitCode unit) => unitIds.GetValueOrDefault(unit);

    /// <summary>The measure and part a DHIS2 data element carries.</summary>
    /// <param name="dataElement">The data element's identifier.</param>
    /// <param name="measure">The measure, when mapped.</param>
    /// <param name="part">The part, when mapped.</param>
    /// <returns>Whether the data element is mapped.</returns>
    public bool TryGetMeasure(string dataElement, out MeasureId measure, out Dhis2DataElementPart part)
    {
        var found = elements.TryGetValue(dataElement, out var target);
        (measure, part) = target;
        return found;
    }

    /// <summary>The DHIS2 data element that carries a part of a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="part">The part.</param>
    /// <returns>The identifier, or null when not mapped.</returns>
    public string? DataElementOf(MeasureId measure, Dhis2DataElementPart part) => elementIds.GetValueOrDefault((measure, part));

    /// <summary>The disaggregation of a DHIS2 category option combo.</summary>
    /// <param name="combo">The combo's identifier.</param>
    /// <param name="key">The disaggregation, when mapped.</param>
    /// <returns>Whether the combo is mapped.</returns>
    public bool TryGetDisaggregation(string combo, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DisaggregationKey? key) =>
        combos.TryGetValue(combo, out key);

    /// <summary>The DHIS2 category option combo of a disaggregation.</summary>
    /// <param name="key">The disaggregation.</param>
    /// <returns>The identifier, or null when not mapped.</returns>
    public string? CategoryOptionComboOf(DisaggregationKey key) => comboIds.GetValueOrDefault(key);

    /// <summary>The library's option of an ADX category option.</summary>
    /// <param name="option">The ADX category and option.</param>
    /// <param name="result">The option, when mapped.</param>
    /// <returns>Whether both category and option are mapped.</returns>
    public bool TryGetOption(Dhis2CategoryOption option, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CategoryOption? result)
    {
        ArgumentNullException.ThrowIfNull(option);
        return options.TryGetValue((option.Category, option.Option), out result);
    }

    /// <summary>The ADX category options of a disaggregation, one per option of the key.</summary>
    /// <param name="key">The disaggregation.</param>
    /// <returns>The options in the key's category order, or null when an option is not mapped.</returns>
    public ValueList<Dhis2CategoryOption>? CategoryOptionsOf(DisaggregationKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var list = new List<Dhis2CategoryOption>(key.Options.Count);
        foreach (var option in key.Options)
        {
            if (!optionIds.TryGetValue(option, out var id))
            {
                return null;
            }
            list.Add(id);
        }
        return new ValueList<Dhis2CategoryOption>(list);
    }

    /// <summary>Whether a message's declared id scheme agrees with the mapping's (absent agrees; letter case is ignored).</summary>
    internal static bool Agrees(string? declared, string mine) => declared is null || string.Equals(declared, mine, StringComparison.OrdinalIgnoreCase);

    private static int OffsetOf(string json, int line, int bytesInLine)
    {
        var offset = 0;
        for (var i = 0; i < line && offset >= 0; i++)
        {
            offset = json.IndexOf('\n', offset) + 1;
            if (offset == 0)
            {
                return json.Length;
            }
        }
        var end = offset;
        var bytes = 0;
        while (end < json.Length && bytes < bytesInLine)
        {
            bytes += Encoding.UTF8.GetByteCount(json.AsSpan(end, char.IsHighSurrogate(json[end]) && end + 1 < json.Length ? 2 : 1));
            end += char.IsHighSurrogate(json[end]) && end + 1 < json.Length ? 2 : 1;
        }
        return end;
    }

    private sealed class Builder(string json)
    {
        private readonly JsonValueLocator locator = new(json);

        public List<JsonDocumentError> Errors { get; } = [];

        public string? DataSet { get; private set; }

        public PeriodType? PeriodType { get; private set; }

        public string IdScheme { get; private set; } = "uid";

        public string? DataElementIdScheme { get; private set; }

        public string? OrgUnitIdScheme { get; private set; }

        public string? CategoryOptionComboIdScheme { get; private set; }

        public Dictionary<string, AdministrativeUnitCode> Units { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (MeasureId, Dhis2DataElementPart)> Elements { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, DisaggregationKey> Combos { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string, string), CategoryOption> Options { get; } = [];

        public void Read(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error(JsonErrorKind.Type, "A mapping file is a JSON object.", "$");
                return;
            }
            JsonElement? orgUnits = null, dataElements = null, categories = null, categoryOptionCombos = null;
            foreach (var (name, value, path) in Properties(root, "$"))
            {
                switch (name)
                {
                    case "dataSet": DataSet = Text(value, path); break;
                    case "periodType":
                        if (Text(value, path) is { } type)
                        {
                            if (Domain.Periods.PeriodType.TryFromName(type, out var periodType))
                            {
                                PeriodType = periodType;
                            }
                            else
                            {
                                Error(JsonErrorKind.Value, "Not a DHIS2 period type; expected one of " + string.Join(", ", Domain.Periods.PeriodType.List.Select(t => t.Name)) + ".", path);
                            }
                        }
                        break;
                    case "idScheme": IdScheme = Scheme(value, path) ?? IdScheme; break;
                    case "dataElementIdScheme": DataElementIdScheme = Scheme(value, path); break;
                    case "orgUnitIdScheme": OrgUnitIdScheme = Scheme(value, path); break;
                    case "categoryOptionComboIdScheme": CategoryOptionComboIdScheme = Scheme(value, path); break;
                    case "orgUnits": orgUnits = Object(value, path); break;
                    case "dataElements": dataElements = Object(value, path); break;
                    case "categories": categories = Object(value, path); break;
                    case "categoryOptionCombos": categoryOptionCombos = Object(value, path); break;
                    default: Error(JsonErrorKind.UnknownProperty, "A mapping file has no such property.", path); break;
                }
            }
            if (orgUnits is null)
            {
                Error(JsonErrorKind.MissingProperty, "A mapping file maps organisation units (orgUnits).", "$");
            }
            else
            {
                ReadUnits(orgUnits.Value);
            }
            if (dataElements is null)
            {
                Error(JsonErrorKind.MissingProperty, "A mapping file maps data elements (dataElements).", "$");
            }
            else
            {
                ReadElements(dataElements.Value);
            }
            if (categories is not null)
            {
                ReadCategories(categories.Value);
            }
            if (categoryOptionCombos is not null)
            {
                ReadCombos(categoryOptionCombos.Value);
            }
        }

        private void ReadUnits(JsonElement map)
        {
            var seen = new Dictionary<AdministrativeUnitCode, string>();
            foreach (var (id, value, path) in Properties(map, "$.orgUnits"))
            {
                Identifier(id, OrgUnitIdScheme ?? IdScheme, path);
                if (Text(value, path) is not { } text)
                {
                    continue;
                }
                if (!AdministrativeUnitCode.TryParse(text, out var code))
                {
                    Error(JsonErrorKind.Value, "Not an administrative unit code (2 digits a province, 3 a district, 5 a commune).", path);
                }
                else if (seen.ContainsKey(code))
                {
                    Error(JsonErrorKind.Value, "Another organisation unit already maps to this administrative unit.", path);
                }
                else
                {
                    seen[code] = id;
                    Units[id] = code;
                }
            }
        }

        private void ReadElements(JsonElement map)
        {
            var parts = new Dictionary<(MeasureId, Dhis2DataElementPart), string>();
            var firstPath = new Dictionary<MeasureId, string>();
            foreach (var (id, value, path) in Properties(map, "$.dataElements"))
            {
                Identifier(id, DataElementIdScheme ?? IdScheme, path);
                if (Object(value, path) is not { } element)
                {
                    continue;
                }
                MeasureId? measure = null;
                var part = Dhis2DataElementPart.Value;
                foreach (var (name, field, fieldPath) in Properties(element, path))
                {
                    switch (name)
                    {
                        case "measure":
                            if (Text(field, fieldPath) is { } text)
                            {
                                if (!MeasureId.TryParse(text, out var parsed))
                                {
                                    Error(JsonErrorKind.Value, "Not a measure identifier such as CT3.a.", fieldPath);
                                }
                                else if (!IndicatorRegistry.Default.TryGetMeasure(parsed, out _))
                                {
                                    Error(JsonErrorKind.Value, "No such measure in the indicator catalogue.", fieldPath);
                                }
                                else
                                {
                                    measure = parsed;
                                }
                            }
                            break;
                        case "part":
                            switch (Text(field, fieldPath))
                            {
                                case null: break;
                                case "value": part = Dhis2DataElementPart.Value; break;
                                case "numerator": part = Dhis2DataElementPart.Numerator; break;
                                case "denominator": part = Dhis2DataElementPart.Denominator; break;
                                default: Error(JsonErrorKind.Value, "A part is value, numerator or denominator.", fieldPath); break;
                            }
                            break;
                        default: Error(JsonErrorKind.UnknownProperty, "A data element has only a measure and a part.", fieldPath); break;
                    }
                }
                if (!element.TryGetProperty("measure", out _))
                {
                    Error(JsonErrorKind.MissingProperty, "A data element needs the measure it carries.", path);
                }
                if (measure is not { } m)
                {
                    continue;
                }
                if (!parts.TryAdd((m, part), id))
                {
                    Error(JsonErrorKind.Value, "Another data element already carries this part of the measure.", path);
                    continue;
                }
                firstPath.TryAdd(m, path);
                Elements[id] = (m, part);
            }
            foreach (var (measure, path) in firstPath)
            {
                var numerator = parts.ContainsKey((measure, Dhis2DataElementPart.Numerator));
                var denominator = parts.ContainsKey((measure, Dhis2DataElementPart.Denominator));
                if (numerator != denominator)
                {
                    Error(JsonErrorKind.Value, "A measure read as counts needs both a numerator and a denominator data element.", path);
                }
            }
        }

        private void ReadCategories(JsonElement map)
        {
            var seen = new Dictionary<CategoryOption, string>();
            foreach (var (id, value, path) in Properties(map, "$.categories"))
            {
                if (!Dhis2CategoryOption.IsXmlName(id))
                {
                    Error(JsonErrorKind.Value, "An ADX category identifier is an XML attribute name (letters, digits, _ - ., not starting with a digit).", path);
                    continue;
                }
                if (Object(value, path) is not { } element)
                {
                    continue;
                }
                Category? category = null;
                JsonElement? optionMap = null;
                var optionsPath = path + ".options";
                foreach (var (name, field, fieldPath) in Properties(element, path))
                {
                    switch (name)
                    {
                        case "category":
                            if (Text(field, fieldPath) is { } code)
                            {
                                if (Category.TryFromCode(code, out var found))
                                {
                                    category = found;
                                }
                                else
                                {
                                    Error(JsonErrorKind.Value, "Not a category; expected one of " + string.Join(", ", Category.List.Select(c => c.Code)) + ".", fieldPath);
                                }
                            }
                            break;
                        case "options": optionMap = Object(field, fieldPath); break;
                        default: Error(JsonErrorKind.UnknownProperty, "A category has only a category and its options.", fieldPath); break;
                    }
                }
                if (!element.TryGetProperty("category", out _) || !element.TryGetProperty("options", out _))
                {
                    Error(JsonErrorKind.MissingProperty, "A category needs the library's category and its options.", path);
                }
                if (category is null || optionMap is null)
                {
                    continue;
                }
                foreach (var (optionId, optionValue, optionPath) in Properties(optionMap.Value, optionsPath))
                {
                    if (Text(optionValue, optionPath) is not { } optionCode)
                    {
                        continue;
                    }
                    var parsed = category.ParseOption(optionCode);
                    if (!parsed.TryPickT0(out var option, out var error))
                    {
                        Error(JsonErrorKind.Value, "Not an option of the category: " + error.Message, optionPath);
                    }
                    else if (!seen.TryAdd(option, optionPath))
                    {
                        Error(JsonErrorKind.Value, "Another ADX option already maps to this option.", optionPath);
                    }
                    else
                    {
                        Options[(id, optionId)] = option;
                    }
                }
            }
        }

        private void ReadCombos(JsonElement map)
        {
            var seen = new HashSet<DisaggregationKey>();
            foreach (var (id, value, path) in Properties(map, "$.categoryOptionCombos"))
            {
                Identifier(id, CategoryOptionComboIdScheme ?? IdScheme, path);
                if (Text(value, path) is not { } text)
                {
                    continue;
                }
                var parsed = DisaggregationKey.Parse(text);
                if (!parsed.TryPickT0(out var key, out var error))
                {
                    Error(JsonErrorKind.Value, "Not a disaggregation such as total or sex=female: " + error.Message, path);
                }
                else if (!seen.Add(key))
                {
                    Error(JsonErrorKind.Value, "Another category option combo already maps to this disaggregation.", path);
                }
                else
                {
                    Combos[id] = key;
                }
            }
        }

        private IEnumerable<(string Name, JsonElement Value, string Path)> Properties(JsonElement element, string path)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var propertyPath = path + JsonValueLocator.Property(property.Name);
                if (!names.Add(property.Name))
                {
                    Error(JsonErrorKind.DuplicateProperty, "This property is given twice.", propertyPath);
                    continue;
                }
                yield return (property.Name, property.Value, propertyPath);
            }
        }

        private string? Text(JsonElement value, string path)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    var text = value.GetString()!;
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        Error(JsonErrorKind.Value, "This text cannot be blank.", path);
                        return null;
                    }
                    return text;
                case JsonValueKind.Null:
                    Error(JsonErrorKind.Null, "This property needs a text.", path);
                    return null;
                default:
                    Error(JsonErrorKind.Type, "This property is a JSON string.", path);
                    return null;
            }
        }

        private JsonElement? Object(JsonElement value, string path)
        {
            if (value.ValueKind == JsonValueKind.Object)
            {
                return value;
            }
            Error(value.ValueKind == JsonValueKind.Null ? JsonErrorKind.Null : JsonErrorKind.Type, "This property is a JSON object.", path);
            return null;
        }

        private string? Scheme(JsonElement value, string path)
        {
            if (Text(value, path) is not { } text)
            {
                return null;
            }
            if (Array.IndexOf(Schemes, text.ToLowerInvariant()) < 0 && !(text.StartsWith("attribute:", StringComparison.OrdinalIgnoreCase) && text.Length > "attribute:".Length))
            {
                Error(JsonErrorKind.Value, "An id scheme is uid, code, name or attribute:ID.", path);
                return null;
            }
            return text.ToLowerInvariant() is var lower && Array.IndexOf(Schemes, lower) >= 0 ? lower : text;
        }

        private void Identifier(string id, string scheme, string path)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                Error(JsonErrorKind.Value, "An identifier cannot be blank.", path);
            }
            else if (scheme == "uid" && !IsUid(id))
            {
                Error(JsonErrorKind.Value, "Under the uid id scheme an identifier is a DHIS2 uid: 11 letters or digits, a letter first.", path);
            }
        }

        private static bool IsUid(string id) =>
            id.Length == 11 && char.IsAsciiLetter(id[0]) && id.All(char.IsAsciiLetterOrDigit);

        private void Error(JsonErrorKind kind, string message, string path)
        {
            var span = locator.FindNearest(path);
            var line = span?.Line ?? 1;
            var column = span?.Column ?? 1;
            var start = span?.Start ?? 0;
            var lineStart = start - (column - 1);
            var bytes = lineStart >= 0 && start <= json.Length ? Encoding.UTF8.GetByteCount(json.AsSpan(lineStart, start - lineStart)) : column - 1;
            Errors.Add(new JsonDocumentError(Dhis2MappingErrorCodes.Codes, kind, message, path, line, column, bytes, start));
        }
    }
}
