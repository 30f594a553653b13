namespace VnChildProtection.Domain.Indicators;

/// <summary>What an aggregate does when some units in scope did not report, after DHIS2's validation-rule
/// missing-value strategies (<c>SKIP_IF_ANY_VALUE_MISSING</c>, <c>SKIP_IF_ALL_VALUES_MISSING</c>, <c>NEVER_SKIP</c>).</summary>
public enum MissingValuePolicy
{
    /// <summary>No value unless every unit in scope reported (the strictest).</summary>
    SkipIfAnyValueMissing = 1,

    /// <summary>A value from the units that reported, unless none did (the default). Coverage says how many reported.</summary>
    SkipIfAllValuesMissing = 2,

    /// <summary>Missing units count as zero; an aggregate always has a value (a count of zero, or no value for a rate with no denominator).</summary>
    TreatAsZero = 3,
}
