using System;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Plans.Diagnostics;

/// <summary>
/// One validation finding: the rule, its effective severity, where it is, and a message in English and Vietnamese.
/// </summary>
/// <remarks>
/// Messages describe the plan document (a public administrative text), never personal data of children.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class Diagnostic : IEquatable<Diagnostic>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="rule">The rule that found it.</param>
    /// <param name="severity">The effective severity (the rule's default unless overridden).</param>
    /// <param name="location">Where the finding is.</param>
    /// <param name="message">The message in English.</param>
    /// <param name="messageVietnamese">The message in Vietnamese.</param>
    public Diagnostic(PlanRule rule, DiagnosticSeverity severity, SourceLocation location, string message, string messageVietnamese)
    {
        Rule = Preconditions.CheckNotNull(rule);
        Severity = severity;
        Location = Preconditions.CheckNotNull(location);
        Message = Preconditions.CheckNotBlank(message);
        MessageVietnamese = Preconditions.CheckNotBlank(messageVietnamese);
    }

    /// <summary>The rule that produced this finding.</summary>
    public PlanRule Rule { get; }

    /// <summary>The stable code, e.g. <c>VNCP0012</c>.</summary>
    public string Code => Rule.Code;

    /// <summary>The effective severity.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Where the finding is.</summary>
    public SourceLocation Location { get; }

    /// <summary>The message in English.</summary>
    public string Message { get; }

    /// <summary>The message in Vietnamese.</summary>
    public string MessageVietnamese { get; }

    /// <inheritdoc />
    public bool Equals(Diagnostic? other) =>
        other is not null && Rule == other.Rule && Severity == other.Severity && Location == other.Location
        && Message == other.Message && MessageVietnamese == other.MessageVietnamese;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Diagnostic);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rule, Severity, Location, Message);

    /// <summary>Returns <c>VNCP0012 section-numbering warning at $.sections[5] (325:1): message</c>.</summary>
    public override string ToString() =>
        $"{Code} {Rule.Name} {Severity.ToString().ToLowerInvariant()} at {Location}: {Message}";

    /// <summary>Value equality.</summary>
    public static bool operator ==(Diagnostic? left, Diagnostic? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Diagnostic? left, Diagnostic? right) => !Equals(left, right);
}
