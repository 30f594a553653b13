namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>Guards the registry look-ups of the rules against text that .NET cannot normalise.</summary>
internal static class LookupText
{
    /// <summary>
    /// False for ill-formed UTF-16 (a lone surrogate) and for U+FFFE: <see cref="string.Normalize()"/> throws on both, and
    /// such text names no unit or document, so a rule treats it as matching nothing.
    /// </summary>
    public static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c == '\uFFFE')
            {
                return false;
            }
        }
        return true;
    }
}
