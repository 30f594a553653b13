namespace VnChildProtection.Domain.Units;

/// <summary>Why an administrative-unit lookup found no single answer.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public enum UnitLookupFailureReason
{
    /// <summary>No unit has that code or name on any date.</summary>
    NotFound = 0,

    /// <summary>Units with that code or name exist, but none is valid on the requested date (see the candidates).</summary>
    NotValidOnDate = 1,

    /// <summary>Several units valid on the date match the name (see the candidates); narrow by level or prefix.</summary>
    Ambiguous = 2,

    /// <summary>The unit ended without a successor valid on the date (e.g. a district after 30 June 2025).</summary>
    NoSuccessor = 3,

    /// <summary>The requested date is before the unit started, so it has no successor on that date.</summary>
    DateBeforeUnit = 4,

    /// <summary>The unit has no parent code, or its parent is not in the registry on the date.</summary>
    NoParent = 5,
}
