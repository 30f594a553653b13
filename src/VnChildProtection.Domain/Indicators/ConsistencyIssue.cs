using System;
using System.Globalization;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>A consistency problem found in targets or values: a stable code, a severity, the measure and year concerned, and a message.</summary>
/// <remarks>
/// <para>Codes: the <c>IND-</c> constants of <see cref="IndicatorErrorCodes"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ConsistencyIssue : IEquatable<ConsistencyIssue>
{
    /// <summary>Creates an issue.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="measure">The measure concerned.</param>
    /// <param name="year">The year concerned, or null.</param>
    /// <param name="unitCode">The unit concerned (values only), or null for a target or the national total.</param>
    /// <param name="message">An English explanation.</param>
    public ConsistencyIssue(string code, ConsistencySeverity severity, MeasureId measure, int? year, AdministrativeUnitCode? unitCode, string message)
    {
        Code = Preconditions.CheckNotBlank(code);
        Severity = severity;
        Measure = measure;
        Year = year;
        UnitCode = unitCode;
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>The stable code, e.g. <c>IND-MORTALITY-ORDER</c>.</summary>
    public string Code { get; }

    /// <summary>The severity.</summary>
    public ConsistencySeverity Severity { get; }

    /// <summary>The measure concerned.</summary>
    public MeasureId Measure { get; }

    /// <summary>The year concerned, or null.</summary>
    public int? Year { get; }

    /// <summary>The unit concerned, or null for a target or a value of the national total.</summary>
    public AdministrativeUnitCode? UnitCode { get; }

    /// <summary>An English explanation.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(ConsistencyIssue? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && Measure == other.Measure && Year == other.Year
        && UnitCode == other.UnitCode && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConsistencyIssue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Measure, Year, UnitCode);

    /// <summary>Returns e.g. <c>Error IND-MORTALITY-ORDER CT3.a 2025: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Severity} {Code} {Measure}{(Year is { } y ? " " + y.ToString(CultureInfo.InvariantCulture) : string.Empty)}{(UnitCode is null ? string.Empty : " " + UnitCode)}: {Message}");

    /// <summary>Value equality.</summary>
    public static bool operator ==(ConsistencyIssue? left, ConsistencyIssue? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ConsistencyIssue? left, ConsistencyIssue? right) => !Equals(left, right);
}
