namespace VnChildProtection.Documents.Evaluation;

/// <summary>A category of fields that import quality is measured on.</summary>
/// <remarks>See docs/import.md for the fields each category counts.</remarks>
public enum EvaluationCategory
{
    /// <summary>Header fields: number, place, issue date or year, draft flag, title, issuer, signer.</summary>
    Header,

    /// <summary>Cited documents (<i>căn cứ</i> and references): the document number (or the law's name and year) with the date written.</summary>
    Citations,

    /// <summary>Indicators: each indicator's objective and number, and every milestone value of its targets.</summary>
    Indicators,

    /// <summary>Responsibilities by indicator number: agency, role and indicator, one item per indicator.</summary>
    Responsibilities,

    /// <summary>Dated reporting deadlines: due day (or date), report and tier.</summary>
    Deadlines,
}
