namespace VnChildProtection.Domain.Children;

/// <summary>
/// The stable <see cref="Text.ParseError.Code"/> values returned when an age band or a special-circumstance letter cannot be parsed (<see cref="AgeBand"/>, <see cref="SpecialCircumstance.ParseLetter"/>).
/// </summary>
/// <remarks>This type holds constants only and is thread-safe.</remarks>
public static class ChildErrorCodes
{
    /// <summary>The input is empty or white space where an age band is expected.</summary>
    public const string AgeBandEmpty = "AGE-BAND-EMPTY";

    /// <summary>An age in years is expected and something else is found.</summary>
    public const string AgeBandAgeExpected = "AGE-BAND-AGE-EXPECTED";

    /// <summary>An age is above <see cref="AgeBand.MaxAge"/>, or a closed range does not end below it.</summary>
    public const string AgeBandAgeTooLarge = "AGE-BAND-AGE-TOO-LARGE";

    /// <summary><c>trở</c> is not followed by <c>lên</c> (<c>trở lên</c>, and over).</summary>
    public const string AgeBandAndOver = "AGE-BAND-AND-OVER";

    /// <summary>Forms that exclude each other are combined (<c>dưới</c> with a range or <c>trở lên</c>; a closed range with <c>trở lên</c>).</summary>
    public const string AgeBandConflict = "AGE-BAND-CONFLICT";

    /// <summary>The band contains no age (<c>dưới 0 tuổi</c>).</summary>
    public const string AgeBandEmptyRange = "AGE-BAND-EMPTY-RANGE";

    /// <summary>The upper age of a range is below the lower age.</summary>
    public const string AgeBandRangeReversed = "AGE-BAND-RANGE-REVERSED";

    /// <summary>Text follows a complete age band.</summary>
    public const string AgeBandTrailingText = "AGE-BAND-TRAILING-TEXT";

    /// <summary>The letter is not one of the points a–o of article 10 clause 1 of the Law on Children.</summary>
    public const string SpecialCircumstanceLetter = "SPECIAL-CIRCUMSTANCE-LETTER";
}
