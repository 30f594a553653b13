using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Measures;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// Reads budget statements: every statement of the KINH PHÍ section (with the funding level of its sub-heading,
/// <c>1. Cấp tỉnh</c>), and every amount of money stated elsewhere (<c>300.000đ</c> per gift, <c>05 tỷ đồng</c> to raise,
/// seed 002). The level is the <c>cấp tỉnh/huyện/xã</c> named in the sentence before the amount, else the sub-heading's.
/// </summary>
internal static partial class BudgetExtractor
{
    public static ValueList<BudgetLine> Read(ImportContext context)
    {
        var result = new List<BudgetLine>();
        var budgetParagraphs = context.Outline.RangesOf(SectionKind.Budget)
            .SelectMany(r => Enumerable.Range(r.First, r.End - r.First)).ToHashSet();
        string? headingLevel = null;
        for (var i = context.Outline.BodyStart; i < context.Outline.BodyEnd; i++)
        {
            var paragraph = context.Paragraphs[i];
            var text = paragraph.Clean;
            var inBudget = budgetParagraphs.Contains(i);
            if (inBudget && LevelHeading().Match(text) is { Success: true } heading)
            {
                headingLevel = Level(heading.Groups["level"].Value);
                continue;
            }
            var amounts = Amount().Matches(text).Where(m => !m.Value.Trim().All(c => char.IsAsciiDigit(c) || c == '.' || c == ',')).ToArray();
            if (amounts.Length == 0)
            {
                if (inBudget && text.Length > 0)
                {
                    context.Rate(Path(result.Count), 0.9, "statement of the budget section");
                    result.Add(new BudgetLine { Text = Strip(text), Level = LevelIn(text) ?? headingLevel, Source = paragraph.Span(context.Source) });
                }
                continue;
            }
            foreach (var amount in amounts)
            {
                var span = paragraph.Span(context.Source, amount.Index, amount.Length);
                var parsed = MoneyVnd.Parse(amount.Value.Trim());
                if (!parsed.TryPickT0(out var money, out var error))
                {
                    context.Report("IMPORT-AMOUNT-UNREAD", $"Amount '{amount.Value.Trim()}' could not be read ({error.Code}).",
                        $"Không đọc được số tiền '{amount.Value.Trim()}' ({error.Code}).", span);
                }
                context.Rate(Path(result.Count), inBudget ? 0.95 : 0.8, inBudget ? "amount in the budget section" : "amount stated outside the budget section");
                result.Add(new BudgetLine
                {
                    Text = Strip(text),
                    Amount = parsed.IsT0 ? money : null,
                    Level = LevelIn(text[..amount.Index]) ?? (inBudget ? headingLevel : null),
                    Source = span,
                });
            }
        }
        return result.ToValueList();
    }

    private static string Path(int index) => string.Create(CultureInfo.InvariantCulture, $"$.budget[{index}]");

    private static string Strip(string text) => text.TrimStart('-', '–', '+', '•', ' ');

    private static string? LevelIn(string text)
    {
        var matches = LevelWord().Matches(text);
        return matches.Count == 0 ? null : Level(matches[^1].Groups["level"].Value);
    }

    private static string Level(string word) => VietnameseText.ToMatchKey(word) switch
    {
        "tinh" => "tỉnh",
        "huyen" => "huyện",
        _ => "xã",
    };

    [GeneratedRegex(@"^(?:\d+\.?\s*)?Cấp\s+(?<level>tỉnh|huyện|xã)\b[^.;:]{0,30}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LevelHeading();

    [GeneratedRegex(@"\b[Cc]ấp\s+(?<level>tỉnh|huyện|xã)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LevelWord();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:[.,]\d{1,3})*\s*(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s*)?(?:đồng|đ|VNĐ|VND)(?!\p{L})(?:\s*/\s*(?:năm|tháng))?", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
