using VnChildProtection.Domain.Json;

namespace VnChildProtection.Domain.Plans.Json;

/// <summary>The codes of the <see cref="JsonDocumentError"/>s <see cref="PlanJson"/> returns: <c>PLAN-JSON-</c> and the <see cref="JsonErrorKind"/>.</summary>
/// <remarks>See <see cref="JsonErrorKind"/> for what each kind means for a plan document.</remarks>
public static class PlanJsonErrorCodes
{
    /// <summary>The domain prefix of plan-document errors.</summary>
    public const string Prefix = "PLAN-JSON";

    /// <summary>Not well-formed JSON (<c>PLAN-JSON-SYNTAX</c>).</summary>
    public const string Syntax = Prefix + JsonErrorCodes.SyntaxSuffix;

    /// <summary>A property that appears twice in one object (<c>PLAN-JSON-DUPLICATE-PROPERTY</c>).</summary>
    public const string DuplicateProperty = Prefix + JsonErrorCodes.DuplicatePropertySuffix;

    /// <summary>A property the plan model does not have (<c>PLAN-JSON-UNKNOWN-PROPERTY</c>).</summary>
    public const string UnknownProperty = Prefix + JsonErrorCodes.UnknownPropertySuffix;

    /// <summary>An absent required property (<c>PLAN-JSON-MISSING-PROPERTY</c>).</summary>
    public const string MissingProperty = Prefix + JsonErrorCodes.MissingPropertySuffix;

    /// <summary>A null where the model has no null (<c>PLAN-JSON-NULL</c>).</summary>
    public const string Null = Prefix + JsonErrorCodes.NullSuffix;

    /// <summary>A value of the wrong JSON type (<c>PLAN-JSON-TYPE</c>).</summary>
    public const string Type = Prefix + JsonErrorCodes.TypeSuffix;

    /// <summary>A value of the right type that is not valid: an unknown role name, a target the parser cannot read (<c>PLAN-JSON-VALUE</c>).</summary>
    public const string Value = Prefix + JsonErrorCodes.ValueSuffix;

    /// <summary>The codes as the reader uses them.</summary>
    public static JsonErrorCodes Codes { get; } = new(Prefix);
}
