namespace VnChildProtection.Cli.Commands;

/// <summary>One successor printed by <c>vncp units convert</c>.</summary>
/// <param name="Unit">The successor on the date converted to.</param>
/// <param name="Share">The <c>UnitShare</c> name: <c>Whole</c>, <c>Part</c> or <c>Remainder</c>.</param>
/// <param name="Wording">The source's wording of the share, or null.</param>
internal sealed record UnitSuccessorRow(UnitRow Unit, string Share, string? Wording);
