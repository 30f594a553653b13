namespace VnChildProtection.Interop.Dhis2.Mapping;

/// <summary>
/// Which part of an observation a DHIS2 data element carries: a measure reported as a value (a count of child marriages)
/// has one data element; a rate reported as counts has two, its numerator (deaths under one) and its denominator (live births).
/// </summary>
public enum Dhis2DataElementPart
{
    /// <summary>The observation's value (<c>value</c> in the mapping file).</summary>
    Value,

    /// <summary>The observation's numerator (<c>numerator</c>).</summary>
    Numerator,

    /// <summary>The observation's denominator (<c>denominator</c>).</summary>
    Denominator,
}
