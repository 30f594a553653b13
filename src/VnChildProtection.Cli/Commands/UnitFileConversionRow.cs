namespace VnChildProtection.Cli.Commands;

/// <summary>One input row of <c>vncp units convert --csv</c> as printed in <c>--format json</c> (one JSON object per line).</summary>
/// <param name="Line">The 1-based line of the file on which the row starts (the header is line 1).</param>
/// <param name="Input">The text of the converted column.</param>
/// <param name="Status"><c>Converted</c>, <c>Empty</c>, or the <c>UnitLookupFailureReason</c> name (<c>Ambiguous</c>, <c>NotFound</c>, …).</param>
/// <param name="Source">The unit the text named, on the date it was read; null unless converted.</param>
/// <param name="Successors">Every unit holding part of the source's territory on the date, ordered by code; empty unless converted.</param>
/// <param name="Candidates">The codes of the candidates of a failure (at most ten), so a reader can pick one.</param>
internal sealed record UnitFileConversionRow(int Line, string Input, string Status, UnitRow? Source, UnitSuccessorRow[] Successors, string[] Candidates);
