using VnChildProtection.Domain.Json;

namespace VnChildProtection.Interop.Dhis2.Mapping;

/// <summary>
/// The codes of the <see cref="JsonDocumentError"/>s of a mapping file (<see cref="Dhis2Mapping.Parse(string)"/>): the
/// prefix <c>DHIS2-MAPPING</c> and the suffix of each <see cref="JsonErrorKind"/>.
/// </summary>
public static class Dhis2MappingErrorCodes
{
    /// <summary>The prefix, <c>DHIS2-MAPPING</c>.</summary>
    public const string Prefix = "DHIS2-MAPPING";

    /// <summary>The file is not well-formed JSON.</summary>
    public const string Syntax = Prefix + JsonErrorCodes.SyntaxSuffix;

    /// <summary>A property is given twice in one object.</summary>
    public const string DuplicateProperty = Prefix + JsonErrorCodes.DuplicatePropertySuffix;

    /// <summary>A property the mapping file does not have.</summary>
    public const string UnknownProperty = Prefix + JsonErrorCodes.UnknownPropertySuffix;

    /// <summary>A required property (<c>orgUnits</c>, <c>dataElements</c>, a data element's <c>measure</c>) is absent.</summary>
    public const string MissingProperty = Prefix + JsonErrorCodes.MissingPropertySuffix;

    /// <summary>A null where a value is required.</summary>
    public const string Null = Prefix + JsonErrorCodes.NullSuffix;

    /// <summary>A value of the wrong JSON type.</summary>
    public const string Type = Prefix + JsonErrorCodes.TypeSuffix;

    /// <summary>A value that is not valid: an unknown unit, measure, category or option, an identifier that does not fit the
    /// id scheme, two identifiers for the same unit, measure or disaggregation.</summary>
    public const string Value = Prefix + JsonErrorCodes.ValueSuffix;

    /// <summary>The codes as the JSON readers take them.</summary>
    public static JsonErrorCodes Codes { get; } = new(Prefix);
}
