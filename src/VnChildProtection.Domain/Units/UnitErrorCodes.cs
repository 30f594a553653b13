namespace VnChildProtection.Domain.Units;

/// <summary>
/// The stable <see cref="Text.ParseError.Code"/> values returned when an administrative unit code cannot be parsed (<see cref="AdministrativeUnitCode.Parse"/>).
/// </summary>
/// <remarks>This type holds constants only and is thread-safe.</remarks>
public static class UnitErrorCodes
{
    /// <summary>The code is empty or white space.</summary>
    public const string CodeEmpty = "UNIT-CODE-EMPTY";

    /// <summary>The code contains a character other than an ASCII digit.</summary>
    public const string CodeNotDigits = "UNIT-CODE-NOT-DIGITS";

    /// <summary>The code is not 2 (province), 3 (district) or 5 (commune) digits long.</summary>
    public const string CodeLength = "UNIT-CODE-LENGTH";

    /// <summary>The code is all zeros.</summary>
    public const string CodeZero = "UNIT-CODE-ZERO";
}
