namespace VnChildProtection.Domain.Legal;

/// <summary>
/// The stable <see cref="LawLookupError.Code"/> values returned when <see cref="KnownLawRegistry.GoverningInstruments"/>
/// cannot say which instruments govern an article.
/// </summary>
/// <remarks>This type holds constants only and is thread-safe.</remarks>
public static class LawCurrencyErrorCodes
{
    /// <summary>The law is not in the registry (or its title is ambiguous), so nothing is known of its amendments.</summary>
    public const string LawUnknown = "LAW-UNKNOWN";

    /// <summary>The article number is below 1 or above the law's last article.</summary>
    public const string ArticleUnknown = "LAW-ARTICLE-UNKNOWN";

    /// <summary>The date is before the law came into force, so no text of the article was in force.</summary>
    public const string NotYetInForce = "LAW-NOT-YET-IN-FORCE";
}
