namespace VnChildProtection.Domain.Plans.Validation;

/// <summary>What rule checks may consult besides the plan: registries and catalogues.</summary>
internal sealed class PlanValidationContext
{
    /// <summary>The context with the shipped registries.</summary>
    public static PlanValidationContext Default { get; } = new();
}
