namespace VnChildProtection.Domain.Benchmarks.EntityFrameworkCore;

/// <summary>The naive mapping's row: a case's current facts, updated in place (no history).</summary>
public sealed class NaiveCase
{
    /// <summary>The case.</summary>
    public required string Id { get; set; }

    /// <summary>The concurrency token.</summary>
    public int Version { get; set; }

    /// <summary>The commune code.</summary>
    public required string Commune { get; set; }

    /// <summary>The state's name.</summary>
    public required string State { get; set; }

    /// <summary>The risk level's name.</summary>
    public string? Risk { get; set; }

    /// <summary>Whether a plan is needed.</summary>
    public bool? NeedsPlan { get; set; }

    /// <summary>The last event's instant, as ticks.</summary>
    public long LastEventAt { get; set; }
}
