using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Plans;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// Reads the numbered task areas of the NHIỆM VỤ, GIẢI PHÁP or NỘI DUNG sections: paragraphs labelled <c>1.</c>,
/// <c>2.</c> … at the top level (sub-items <c>3.1.</c>, <c>a)</c> and bullets are their content). The title is the
/// labelled sentence up to its first full stop or colon.
/// </summary>
internal static partial class TaskExtractor
{
    public static ValueList<PlanTask> Read(ImportContext context)
    {
        var result = new List<PlanTask>();
        foreach (var (first, end) in context.Outline.RangesOf(SectionKind.Tasks))
        {
            for (var i = first; i < end; i++)
            {
                var paragraph = context.Paragraphs[i];
                var match = TaskLabel().Match(paragraph.Clean);
                if (!match.Success)
                {
                    continue;
                }
                var title = match.Groups["title"].Value.Trim();
                if (NotATask().IsMatch(title))
                {
                    continue;
                }
                var stop = TitleEnd().Match(title);
                if (stop.Success)
                {
                    title = title[..stop.Index].Trim();
                }
                context.Rate(string.Create(CultureInfo.InvariantCulture, $"$.tasks[{result.Count}]"), 0.9, "top-level numbered item of a task section");
                result.Add(new PlanTask { Number = match.Groups["n"].Value, Title = title, Source = paragraph.Span(context.Source) });
            }
        }
        return result.ToValueList();
    }

    [GeneratedRegex(@"^(?<n>\d{1,2})\s*\.(?!\s?\d)\s*(?<title>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TaskLabel();

    // Items of a task section that state its theme, period, scope, current state, targets or who does what are not
    // task areas: "2. Thời gian thực hiện: …", "1. Hiện trạng", "6. Chỉ tiêu chủ yếu đến năm 2030", "2. Phân công trách nhiệm".
    [GeneratedRegex(@"^(?:Chủ đề|Thời gian|Hiện trạng|Thực trạng|Đối tượng|Phạm vi|Chỉ tiêu|Mục tiêu|Phân công|Trách nhiệm|Kinh phí|Tổ chức thực hiện)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotATask();

    [GeneratedRegex(@"(?<!\d)[.:](?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TitleEnd();
}
