using System;
using System.Globalization;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Csv;

/// <summary>
/// One problem in an observations CSV file, located by line and field: a malformed record, a bad cell, or a row
/// that contradicts another.
/// </summary>
/// <remarks>
/// <para><see cref="Line"/> is the 1-based physical line where the record starts (a quoted cell may span lines);
/// the header is line 1. <see cref="Column"/> is the 1-based field number, 0 when the error is about the whole
/// record. The message names the field but never repeats the cell's content.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ObservationCsvError : IEquatable<ObservationCsvError>
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">A stable code from <see cref="ObservationCsvErrorCodes"/>.</param>
    /// <param name="line">The 1-based line where the record starts.</param>
    /// <param name="column">The 1-based field number, or 0 for the whole record.</param>
    /// <param name="field">The header name of the field (<c>year</c>), or empty for the whole record.</param>
    /// <param name="message">An English explanation.</param>
    /// <exception cref="ArgumentException">The code or message is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The line is below 1 or the column negative.</exception>
    public ObservationCsvError(string code, int line, int column, string field, string message)
    {
        Code = Preconditions.CheckNotBlank(code);
        Line = Preconditions.CheckRange(line, 1, int.MaxValue);
        Column = Preconditions.CheckRange(column, 0, int.MaxValue);
        Field = Preconditions.CheckNotNull(field);
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>The stable error code, e.g. <c>CSV-YEAR-INVALID</c>.</summary>
    public string Code { get; }

    /// <summary>The 1-based line where the record starts (the header is line 1).</summary>
    public int Line { get; }

    /// <summary>The 1-based field number, or 0 when the error concerns the whole record.</summary>
    public int Column { get; }

    /// <summary>The header name of the field, e.g. <c>numerator</c>, or empty for the whole record.</summary>
    public string Field { get; }

    /// <summary>An English explanation.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(ObservationCsvError? other) =>
        other is not null && Code == other.Code && Line == other.Line && Column == other.Column && Field == other.Field && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ObservationCsvError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Line, Column, Field);

    /// <summary>Returns e.g. <c>line 5, column 2 (year): CSV-YEAR-INVALID The year must be …</c>.</summary>
    /// <returns>The location, code and message.</returns>
    public override string ToString() => Column == 0
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Code} {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column} ({Field}): {Code} {Message}");

    /// <summary>Value equality.</summary>
    public static bool operator ==(ObservationCsvError? left, ObservationCsvError? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(ObservationCsvError? left, ObservationCsvError? right) => !Equals(left, right);
}
