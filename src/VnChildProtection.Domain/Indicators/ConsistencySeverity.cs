namespace VnChildProtection.Domain.Indicators;

/// <summary>How serious a consistency issue is.</summary>
public enum ConsistencySeverity
{
    /// <summary>Allowed but worth a look (a provincial target weaker than the national one).</summary>
    Warning = 1,

    /// <summary>Impossible or contradictory (a percentage above 100, neonatal mortality above infant mortality).</summary>
    Error = 2,
}
