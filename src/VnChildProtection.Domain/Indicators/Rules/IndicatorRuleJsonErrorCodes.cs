using VnChildProtection.Domain.Json;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>The codes of the <see cref="JsonDocumentError"/>s <see cref="IndicatorRuleJson"/> returns: <c>RULE-JSON-</c> and the <see cref="JsonErrorKind"/>.</summary>
public static class IndicatorRuleJsonErrorCodes
{
    /// <summary>The domain prefix of rule-set errors.</summary>
    public const string Prefix = "RULE-JSON";

    /// <summary>Not well-formed JSON (<c>RULE-JSON-SYNTAX</c>).</summary>
    public const string Syntax = Prefix + JsonErrorCodes.SyntaxSuffix;

    /// <summary>A property that appears twice in one object (<c>RULE-JSON-DUPLICATE-PROPERTY</c>).</summary>
    public const string DuplicateProperty = Prefix + JsonErrorCodes.DuplicatePropertySuffix;

    /// <summary>A property a rule set or rule does not have (<c>RULE-JSON-UNKNOWN-PROPERTY</c>).</summary>
    public const string UnknownProperty = Prefix + JsonErrorCodes.UnknownPropertySuffix;

    /// <summary>An absent required property (<c>RULE-JSON-MISSING-PROPERTY</c>).</summary>
    public const string MissingProperty = Prefix + JsonErrorCodes.MissingPropertySuffix;

    /// <summary>A null rule or required text (<c>RULE-JSON-NULL</c>).</summary>
    public const string Null = Prefix + JsonErrorCodes.NullSuffix;

    /// <summary>A value of the wrong JSON type (<c>RULE-JSON-TYPE</c>).</summary>
    public const string Type = Prefix + JsonErrorCodes.TypeSuffix;

    /// <summary>
    /// A value that is not valid: an expression that does not parse, an unknown operator, importance or strategy name, a
    /// level below 1, a repeated rule id, a blank text (<c>RULE-JSON-VALUE</c>).
    /// </summary>
    public const string Value = Prefix + JsonErrorCodes.ValueSuffix;

    /// <summary>The codes as the reader uses them.</summary>
    public static JsonErrorCodes Codes { get; } = new(Prefix);
}
