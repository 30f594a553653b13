namespace VnChildProtection.Documents.Reports;

/// <summary>The language of a report's labels (the plan's own text is always shown as written).</summary>
public enum ReportLanguage
{
    /// <summary>Vietnamese labels: the default, for the province's own use.</summary>
    Vietnamese = 1,

    /// <summary>English labels, for partners.</summary>
    English = 2,
}
