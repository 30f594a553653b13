using System.Globalization;

namespace VnChildProtection.Domain.Targets;

/// <summary>Vietnamese and English number text for target values: decimal comma and thousands dot (<c>9,5</c>, <c>100.000</c>).</summary>
internal static class TargetNumber
{
    private const string Pattern = "#,0.############################";

    internal static string FormatVietnamese(decimal value)
    {
        var invariant = value.ToString(Pattern, CultureInfo.InvariantCulture);
        var chars = invariant.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch { ',' => '.', '.' => ',', var c => c };
        }
        return new string(chars);
    }

    internal static string FormatEnglish(decimal value) => value.ToString(Pattern, CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads <c>9,5</c>, <c>0,05</c>, <c>1.000</c>, <c>100.000</c>, <c>06</c>. A dot followed by other than
    /// groups of exactly three digits is a decimal point, as in the Decision's own typo <c>18.5</c>.
    /// </summary>
    internal static bool TryParseVietnamese(string text, out decimal value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 40)
        {
            return false;
        }
        string invariant;
        if (text.Contains(',', System.StringComparison.Ordinal))
        {
            invariant = text.Replace(".", string.Empty, System.StringComparison.Ordinal).Replace(',', '.');
        }
        else if (text.Contains('.', System.StringComparison.Ordinal))
        {
            var groups = text.Split('.');
            var thousands = true;
            for (var i = 1; i < groups.Length; i++)
            {
                thousands &= groups[i].Length == 3;
            }
            invariant = thousands ? text.Replace(".", string.Empty, System.StringComparison.Ordinal) : text;
        }
        else
        {
            invariant = text;
        }
        return decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
