using VnChildProtection.Domain.Json;

namespace VnChildProtection.Domain.Workflow;

/// <summary>The codes of the <see cref="JsonDocumentError"/>s <see cref="CaseEventLog.Parse"/> returns: <c>WORKFLOW-JSON-</c> and the <see cref="JsonErrorKind"/>.</summary>
public static class CaseEventLogErrorCodes
{
    /// <summary>The domain prefix of case-history errors.</summary>
    public const string Prefix = "WORKFLOW-JSON";

    /// <summary>Not well-formed JSON (<c>WORKFLOW-JSON-SYNTAX</c>).</summary>
    public const string Syntax = Prefix + JsonErrorCodes.SyntaxSuffix;

    /// <summary>A property that appears twice in one event (<c>WORKFLOW-JSON-DUPLICATE-PROPERTY</c>).</summary>
    public const string DuplicateProperty = Prefix + JsonErrorCodes.DuplicatePropertySuffix;

    /// <summary>A property an event does not have (<c>WORKFLOW-JSON-UNKNOWN-PROPERTY</c>).</summary>
    public const string UnknownProperty = Prefix + JsonErrorCodes.UnknownPropertySuffix;

    /// <summary>An absent required property (<c>WORKFLOW-JSON-MISSING-PROPERTY</c>).</summary>
    public const string MissingProperty = Prefix + JsonErrorCodes.MissingPropertySuffix;

    /// <summary>A null history or event (<c>WORKFLOW-JSON-NULL</c>).</summary>
    public const string Null = Prefix + JsonErrorCodes.NullSuffix;

    /// <summary>A value of the wrong JSON type, or a text the event log's converters reject (<c>WORKFLOW-JSON-TYPE</c>).</summary>
    public const string Type = Prefix + JsonErrorCodes.TypeSuffix;

    /// <summary>A value of the right type that is not valid (<c>WORKFLOW-JSON-VALUE</c>).</summary>
    public const string Value = Prefix + JsonErrorCodes.ValueSuffix;

    /// <summary>The codes as the reader uses them.</summary>
    public static JsonErrorCodes Codes { get; } = new(Prefix);
}
