namespace VnChildProtection.Interop.Dhis2;

/// <summary>The DHIS2 exchange formats this package reads and writes.</summary>
public enum Dhis2Format
{
    /// <summary><c>dataValueSets</c> JSON (<c>application/json</c>), periods as DHIS2 identifiers (<c>202501</c>).</summary>
    Json,

    /// <summary>ADX XML (<c>application/adx+xml</c>), periods as ISO 8601 intervals (<c>2025-01-01/P1M</c>).</summary>
    Adx,
}
