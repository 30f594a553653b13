using System;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Interop.Dhis2;

/// <summary>
/// Why one item of a DHIS2 message was not read or not mapped: a <see cref="Dhis2DiagnosticCodes"/> code, where the item
/// is, and an English message.
/// </summary>
/// <remarks>
/// <para>The location's path is a JSON path in <c>dataValueSets</c> JSON (<c>$.dataValues[3].period</c>) and an element path in
/// ADX (<c>/adx/group[1]/dataValue[4]</c>); its line and column are one-based, columns in UTF-16 code units (XML: as
/// <see cref="System.Xml.IXmlLineInfo"/> gives them). Messages never quote the message's values or comments.</para>
/// <para>This type is immutable and thread-safe, with value equality.</para>
/// </remarks>
public sealed record Dhis2Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">One of <see cref="Dhis2DiagnosticCodes"/>.</param>
    /// <param name="message">An English explanation.</param>
    /// <param name="location">Where the item is.</param>
    /// <exception cref="ArgumentException">The code or the message is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    public Dhis2Diagnostic(string code, string message, SourceLocation location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentNullException.ThrowIfNull(location);
        Code = code;
        Message = message;
        Location = location;
    }

    /// <summary>The stable code (<c>DHIS2-UNKNOWN-ORG-UNIT</c>).</summary>
    public string Code { get; }

    /// <summary>An English explanation.</summary>
    public string Message { get; }

    /// <summary>Where the item is: path, line and column.</summary>
    public SourceLocation Location { get; }

    /// <summary>Returns <c>code path (line:column): message</c>.</summary>
    /// <returns>The diagnostic as one line.</returns>
    public override string ToString() => Code + " " + Location + ": " + Message;
}
