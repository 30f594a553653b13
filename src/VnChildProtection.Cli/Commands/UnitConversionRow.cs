namespace VnChildProtection.Cli.Commands;

/// <summary>The result of <c>vncp units convert</c>: the unit named and its successors on the date.</summary>
/// <param name="Source">The unit the text named, on the date it was read.</param>
/// <param name="Date">The date converted to (ISO).</param>
/// <param name="Successors">Every unit holding part of the source's territory on that date, ordered by code.</param>
internal sealed record UnitConversionRow(UnitRow Source, string Date, UnitSuccessorRow[] Successors);
