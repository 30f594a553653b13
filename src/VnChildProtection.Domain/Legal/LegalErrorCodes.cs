namespace VnChildProtection.Domain.Legal;

/// <summary>
/// The stable <see cref="Text.ParseError.Code"/> values returned when a legal reference cannot be parsed.
/// </summary>
/// <remarks>This type holds constants only and is thread-safe.</remarks>
public static class LegalErrorCodes
{
    /// <summary>The input is empty or whitespace.</summary>
    public const string Empty = "LEGAL-EMPTY";

    /// <summary>The sequence number is blank (<c>Số: /KH-SLĐTBXH</c> in a draft) or absent after <c>số</c>.</summary>
    public const string NumberMissing = "LEGAL-NUMBER-MISSING";

    /// <summary>A number starts but is not a valid <c>seq[/year]/SYMBOL</c> or <c>seq-KIND/ISSUER</c> (<c>12/</c>, <c>12/2020/</c>).</summary>
    public const string NumberInvalid = "LEGAL-NUMBER-INVALID";

    /// <summary>The symbol has a kind code but no issuer (<c>12/QĐ</c>).</summary>
    public const string IssuerMissing = "LEGAL-ISSUER-MISSING";

    /// <summary>The text starts with a word that is not a known document kind.</summary>
    public const string TypeUnknown = "LEGAL-TYPE-UNKNOWN";

    /// <summary>The kind word contradicts the number (<c>Quyết định số 121/2020/QH14</c>: the National Assembly issues no decisions).</summary>
    public const string TypeMismatch = "LEGAL-TYPE-MISMATCH";

    /// <summary>The issue date is not a calendar date or is incomplete (<c>ngày 31/02/2020</c>).</summary>
    public const string DateInvalid = "LEGAL-DATE-INVALID";

    /// <summary>The year in the number differs from the issue date's year (<c>56/2017/NĐ-CP ngày 09/5/2018</c>).</summary>
    public const string YearMismatch = "LEGAL-YEAR-MISMATCH";

    /// <summary>A law or code is cited by kind and year without a title (<c>Luật năm 2016</c>).</summary>
    public const string NameMissing = "LEGAL-NAME-MISSING";

    /// <summary>Text follows a complete reference in <see cref="LegalReference.Parse"/>.</summary>
    public const string TrailingText = "LEGAL-TRAILING-TEXT";
}
