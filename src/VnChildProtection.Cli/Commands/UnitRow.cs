namespace VnChildProtection.Cli.Commands;

/// <summary>One administrative unit as <c>vncp units find</c> and <c>vncp units convert</c> print it.</summary>
/// <param name="Code">The official code (<c>00070</c>).</param>
/// <param name="FullName">Kind prefix and name (<c>Phường Hoàn Kiếm</c>).</param>
/// <param name="Kind">The <c>AdministrativeUnitKind</c> name (<c>Ward</c>).</param>
/// <param name="ValidFrom">First day of validity (ISO), or null when it predates the data.</param>
/// <param name="ValidTo">Last day of validity (ISO), or null while current.</param>
/// <param name="Parent">Full name of the containing unit on the date asked about, or null.</param>
internal sealed record UnitRow(string Code, string FullName, string Kind, string? ValidFrom, string? ValidTo, string? Parent);
