using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Indicators;

/// <summary>Short spelling of official unit codes in indicator tests.</summary>
internal static class UnitCodes
{
    /// <summary>The code of <paramref name="text"/> (2, 3 or 5 digits).</summary>
    public static AdministrativeUnitCode U(string text) => AdministrativeUnitCode.Of(text);
}
