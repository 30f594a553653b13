namespace VnChildProtection.Cli.Commands;

/// <summary>One statutory time limit as printed by <c>vncp workflow deadlines --format json</c>.</summary>
/// <param name="Obligation">The obligation name (<c>DraftPlan</c>).</param>
/// <param name="Article">The article that sets it.</param>
/// <param name="Period">The period as the law words it (<c>5 working days</c>).</param>
/// <param name="Start">When the period starts, ISO local date-time with the +07:00 offset.</param>
/// <param name="Due">The first instant at which it has passed, ISO local date-time with the +07:00 offset.</param>
/// <param name="LastDay">For a period in days, the last day allowed (ISO date); null for hours.</param>
internal sealed record WorkflowDeadlineRow(string Obligation, string Article, string Period, string Start, string Due, string? LastDay);
