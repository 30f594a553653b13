namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>The property bag of a result.</summary>
/// <param name="MessageVi">The Vietnamese message. SARIF's localisation model (<c>run.translations</c>) translates only a
/// component's static strings and message templates; our messages are whole sentences built per finding, so the
/// Vietnamese one travels beside the English one here.</param>
/// <param name="PlanSourceLine">For a plan read from JSON or Word: the line in the text the plan was imported from
/// (its source spans), which is not a line of the analysed file and so cannot be a SARIF region.</param>
/// <param name="PlanSourceColumn">The column that goes with <paramref name="PlanSourceLine"/>.</param>
internal sealed record SarifResultProperties(string? MessageVi, int? PlanSourceLine, int? PlanSourceColumn);
