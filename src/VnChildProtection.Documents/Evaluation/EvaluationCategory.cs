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

    /// <summary>
    /// Bodies the plan gives duties to in its organisation section (<i>tổ chức thực hiện</i>, <i>phân công nhiệm vụ</i>):
    /// each body once, by registry id, or by its name as written when the registry does not know it. Scored only for
    /// gold files that annotate it.
    /// </summary>
    Assignments,

    /// <summary>
    /// Task areas of the tasks section (<i>nhiệm vụ, giải pháp</i>, <i>nội dung</i>): each numbered area with the first
    /// words of its title. Scored only for gold files that have a <c>tasks</c> list.
    /// </summary>
    Tasks,

    /// <summary>
    /// Reporting duties that name the body the report goes to (<i>báo cáo … về Sở Y tế</i>, <i>gửi UBND tỉnh (qua Sở
    /// Nội vụ)</i>): when (due day, date, time limit, or none written), recipient and the body it goes through, one
    /// item per recipient. Scored only for gold files that have a <c>tasks</c> list (the format that annotates both).
    /// </summary>
    Recipients,
}
