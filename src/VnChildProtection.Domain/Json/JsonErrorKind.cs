namespace VnChildProtection.Domain.Json;

/// <summary>
/// What is wrong with a JSON document, the same for every JSON reader of the library; each reader turns the kind into a
/// code with its own prefix (<see cref="JsonErrorCodes"/>: <c>PLAN-JSON-TYPE</c>, <c>RULE-JSON-TYPE</c>).
/// </summary>
public enum JsonErrorKind
{
    /// <summary>The text is not well-formed JSON: a bad token, a comment, a trailing comma, nesting deeper than 64, text that is not valid UTF-8 or UTF-16.</summary>
    Syntax,

    /// <summary>A property appears twice in one object.</summary>
    DuplicateProperty,

    /// <summary>A property the document's model does not have.</summary>
    UnknownProperty,

    /// <summary>A required property is absent.</summary>
    MissingProperty,

    /// <summary>A null where a value or a list is required.</summary>
    Null,

    /// <summary>A value of the wrong JSON type, or a number out of range for its property.</summary>
    Type,

    /// <summary>A value of the right JSON type that is not valid (an unknown name, a text its parser rejects, a date that does not exist).</summary>
    Value,
}
