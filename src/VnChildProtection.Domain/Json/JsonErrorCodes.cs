using System;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Json;

/// <summary>
/// The error codes of one kind of JSON document: a domain prefix (<c>PLAN-JSON</c>) followed by the suffix of each
/// <see cref="JsonErrorKind"/> (<c>PLAN-JSON-SYNTAX</c>, <c>PLAN-JSON-TYPE</c>). A JSON reader is given its codes, so
/// every reader reports the same kinds with its own prefix.
/// </summary>
/// <remarks>
/// <para>The suffixes are constants, so an area writes its codes as constants too
/// (<c>const string Type = Prefix + JsonErrorCodes.TypeSuffix</c>) and passes <c>new JsonErrorCodes(Prefix)</c> to its reader.</para>
/// <para>This type is immutable and thread-safe, with value equality by prefix.</para>
/// </remarks>
public sealed record JsonErrorCodes
{
    /// <summary>The suffix of <see cref="JsonErrorKind.Syntax"/>.</summary>
    public const string SyntaxSuffix = "-SYNTAX";

    /// <summary>The suffix of <see cref="JsonErrorKind.DuplicateProperty"/>.</summary>
    public const string DuplicatePropertySuffix = "-DUPLICATE-PROPERTY";

    /// <summary>The suffix of <see cref="JsonErrorKind.UnknownProperty"/>.</summary>
    public const string UnknownPropertySuffix = "-UNKNOWN-PROPERTY";

    /// <summary>The suffix of <see cref="JsonErrorKind.MissingProperty"/>.</summary>
    public const string MissingPropertySuffix = "-MISSING-PROPERTY";

    /// <summary>The suffix of <see cref="JsonErrorKind.Null"/>.</summary>
    public const string NullSuffix = "-NULL";

    /// <summary>The suffix of <see cref="JsonErrorKind.Type"/>.</summary>
    public const string TypeSuffix = "-TYPE";

    /// <summary>The suffix of <see cref="JsonErrorKind.Value"/>.</summary>
    public const string ValueSuffix = "-VALUE";

    /// <summary>Creates the codes of a domain.</summary>
    /// <param name="prefix">The domain prefix: upper-case ASCII letters and digits in dash-separated words (<c>PLAN-JSON</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="prefix"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is not of that form.</exception>
    public JsonErrorCodes(string prefix)
    {
        Preconditions.CheckNotNull(prefix);
        Preconditions.CheckArgument(IsPrefix(prefix), nameof(prefix), "A prefix is upper-case ASCII letters and digits in dash-separated words, such as PLAN-JSON.");
        Prefix = prefix;
    }

    /// <summary>The domain prefix (<c>PLAN-JSON</c>).</summary>
    public string Prefix { get; }

    /// <summary>The code of an error of <paramref name="kind"/>: the prefix and the kind's suffix.</summary>
    /// <param name="kind">The kind of error.</param>
    /// <returns>The code, such as <c>PLAN-JSON-TYPE</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public string For(JsonErrorKind kind) => Prefix + Suffix(kind);

    /// <summary>The suffix of <paramref name="kind"/> (<c>-TYPE</c>).</summary>
    /// <param name="kind">The kind of error.</param>
    /// <returns>The suffix, starting with a dash.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string Suffix(JsonErrorKind kind) => kind switch
    {
        JsonErrorKind.Syntax => SyntaxSuffix,
        JsonErrorKind.DuplicateProperty => DuplicatePropertySuffix,
        JsonErrorKind.UnknownProperty => UnknownPropertySuffix,
        JsonErrorKind.MissingProperty => MissingPropertySuffix,
        JsonErrorKind.Null => NullSuffix,
        JsonErrorKind.Type => TypeSuffix,
        JsonErrorKind.Value => ValueSuffix,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a JSON error kind."),
    };

    /// <summary>Returns the prefix.</summary>
    /// <returns>The prefix.</returns>
    public override string ToString() => Prefix;

    private static bool IsPrefix(string text)
    {
        if (text.Length == 0 || text[0] == '-' || text[^1] == '-' || text.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (c is not (>= 'A' and <= 'Z' or >= '0' and <= '9' or '-'))
            {
                return false;
            }
        }
        return true;
    }
}
