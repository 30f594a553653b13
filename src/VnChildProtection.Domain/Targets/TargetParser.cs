using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using OneOf;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Targets;

/// <summary>
/// Reads Vietnamese target clauses into <see cref="Target"/> values. Matching runs on a folded copy of the input
/// (NFC, no diacritics, lower case) of the same length, so positions in errors point into the normalised input.
/// </summary>
internal static partial class TargetParser
{
    private const string Num = @"\d+(?:[.,]\d+)*";
    private const string Int = @"\d+(?:\.\d{3})*";

    private readonly record struct Candidate(int Start, int End, bool Maintained, string? BoundWord, decimal? Value, IndicatorUnit? Unit, int[] Years);

    internal static OneOf<Target, ParseError> Parse(string text, IndicatorUnit? unitWhenUnstated, IndicatorDirection? directionWhenUnstated = null)
    {
        var normalized = VietnameseText.Normalize(VietnameseText.NormalizeDashes(text));
        var folded = VietnameseText.RemoveDiacritics(normalized).ToLowerInvariant();
        if (folded.Length != normalized.Length)
        {
            normalized = folded;
        }
        if (folded.Length == 0)
        {
            return Error(TargetErrorCodes.Empty, "The target text is empty.", 0, 0, normalized);
        }

        var fraction = CountFractionRegex().Match(folded);
        if (fraction.Success)
        {
            return ParseCountFraction(fraction, normalized);
        }

        var annual = AnnualRegex().Match(folded);
        if (annual.Success)
        {
            if (folded.LastIndexOf("giam", annual.Index, StringComparison.Ordinal) < 0)
            {
                return Error(TargetErrorCodes.AnnualIncreaseUnsupported, "Only yearly reductions (giảm ... hằng năm) are supported.", annual.Index, annual.Length, normalized);
            }
            return ParseAnnual(annual, normalized);
        }

        var relative = RelativeRegex().Match(folded);
        if (relative.Success)
        {
            return ParseRelative(relative, normalized);
        }
        if (UnquantifiedReductionRegex().Match(folded) is { Success: true } vague)
        {
            return Error(TargetErrorCodes.ReductionUnquantified, "A reduction against a baseline year without an amount cannot be evaluated.", vague.Index, vague.Length, normalized);
        }

        return ParseThreshold(folded, normalized, unitWhenUnstated, directionWhenUnstated);
    }

    // "giảm ... xuống dưới 5% đối với nông thôn và dưới 10% đối với thành thị vào năm 2025 và năm 2030": each group's
    // segment is parsed with the shared tail of years; later segments inherit the reduction verb of the first.
    internal static OneOf<IReadOnlyList<QualifiedTarget>, ParseError> ParseGroups(string text, IndicatorUnit? unitWhenUnstated, IndicatorDirection? directionWhenUnstated)
    {
        var normalized = VietnameseText.Normalize(VietnameseText.NormalizeDashes(text));
        var folded = VietnameseText.RemoveDiacritics(normalized).ToLowerInvariant();
        var groups = folded.Length == normalized.Length ? GroupRegex().Matches(folded) : null;
        if (groups is null || groups.Count == 0)
        {
            return Parse(text, unitWhenUnstated, directionWhenUnstated).Match<OneOf<IReadOnlyList<QualifiedTarget>, ParseError>>(
                target => new[] { new QualifiedTarget(null, target) },
                error => error);
        }
        var last = groups[^1];
        var tail = normalized[(last.Index + last.Length)..].Trim();
        var reduces = folded.IndexOf("giam", StringComparison.Ordinal) is >= 0 and var g && g < groups[0].Index;
        var results = new List<QualifiedTarget>();
        var start = 0;
        foreach (Match group in groups)
        {
            var segment = normalized[start..group.Index].Trim();
            if (results.Count > 0 && reduces)
            {
                segment = "giảm " + segment;
            }
            var parsed = Parse(segment + " " + tail, unitWhenUnstated, directionWhenUnstated);
            if (parsed.TryPickT1(out var error, out var target))
            {
                return error;
            }
            var name = group.Groups["g"];
            results.Add(new QualifiedTarget(normalized.Substring(name.Index, name.Length), target));
            start = group.Index + group.Length;
        }
        return results;
    }

    internal static IReadOnlyList<string> SplitClauses(string line)
    {
        var normalized = VietnameseText.Normalize(VietnameseText.NormalizeDashes(line));
        var folded = VietnameseText.RemoveDiacritics(normalized).ToLowerInvariant();
        var label = LabelRegex().Match(folded);
        var body = folded.Length == normalized.Length && label.Success ? normalized[label.Length..] : normalized;
        var clauses = new List<string>();
        foreach (var part in body.Split([';', ':']))
        {
            var clause = part.Trim().TrimEnd('.', ',', ' ');
            if (clause.Length > 0)
            {
                clauses.Add(clause);
            }
        }
        return clauses;
    }

    private static OneOf<Target, ParseError> ParseCountFraction(Match m, string source)
    {
        if (!TryInt(m.Groups["bc"].Value, out var bc) || !TryInt(m.Groups["bt"].Value, out var bt)
            || !TryInt(m.Groups["tc"].Value, out var tc) || !TryInt(m.Groups["tt"].Value, out var tt))
        {
            return Error(TargetErrorCodes.NumberInvalid, "A count is too large.", m.Index, m.Length, source);
        }
        var by = Year(m.Groups["by"].Value);
        var ty = Year(m.Groups["ty"].Value);
        if (bt == 0 || tt == 0 || bc > bt || tc > tt || ty <= by || by < Milestone.MinYear || ty > Milestone.MaxYear)
        {
            return Error(TargetErrorCodes.FractionInvalid, "Counts must not exceed positive totals and the target year must follow the baseline year.", m.Index, m.Length, source);
        }
        return new CountFractionTarget(bc, bt, by, tc, tt, ty);
    }

    private static OneOf<Target, ParseError> ParseAnnual(Match m, string source)
    {
        if (!TargetNumber.TryParseVietnamese(m.Groups["max"].Value, out var max))
        {
            return Error(TargetErrorCodes.NumberInvalid, "The yearly reduction is not a number.", m.Index, m.Length, source);
        }
        var min = max;
        if (m.Groups["min"].Success && !TargetNumber.TryParseVietnamese(m.Groups["min"].Value, out min))
        {
            return Error(TargetErrorCodes.NumberInvalid, "The yearly reduction is not a number.", m.Index, m.Length, source);
        }
        int? from = m.Groups["from"].Success ? Year(m.Groups["from"].Value) : null;
        int? to = m.Groups["to"].Success ? Year(m.Groups["to"].Value) : null;
        if (min <= 0 || min > max || max >= 100 || (from is { } f && (f < Milestone.MinYear || to <= f || to > Milestone.MaxYear)))
        {
            return Error(TargetErrorCodes.RangeInvalid, "Yearly reductions must satisfy 0 < min ≤ max < 100 over a forward period.", m.Index, m.Length, source);
        }
        return new AnnualReductionTarget(min, max, from, to);
    }

    private static OneOf<Target, ParseError> ParseRelative(Match m, string source)
    {
        if (!TargetNumber.TryParseVietnamese(m.Groups["p"].Value, out var percent) || percent <= 0 || percent > 100)
        {
            return Error(TargetErrorCodes.NumberInvalid, "A reduction must be more than 0% and at most 100%.", m.Index, m.Length, source);
        }
        var baseline = Year(m.Groups["by"].Value);
        int? target = m.Groups["ty"].Success ? Year(m.Groups["ty"].Value) : null;
        if (baseline < Milestone.MinYear || baseline > Milestone.MaxYear || (target is { } t && (t <= baseline || t > Milestone.MaxYear)))
        {
            return Error(TargetErrorCodes.YearInvalid, "The baseline year is out of range or not before the target year.", m.Index, m.Length, source);
        }
        return new RelativeReductionTarget(percent, baseline, target);
    }

    private static OneOf<Target, ParseError> ParseThreshold(string folded, string source, IndicatorUnit? unitWhenUnstated, IndicatorDirection? directionWhenUnstated)
    {
        var candidates = new List<Candidate>();
        foreach (Match m in MilestoneRegex().Matches(folded))
        {
            var hasUnit = m.Groups["unit"].Success;
            var bound = m.Groups["bound"].Success ? m.Groups["bound"].Value : null;
            var hasYear = m.Groups["years"].Success;
            if (!hasUnit)
            {
                var after = folded.AsSpan(m.Index + m.Length).TrimStart();
                var isYear = m.Index >= 4 && folded.AsSpan(0, m.Index).TrimEnd().EndsWith("nam", StringComparison.Ordinal) && bound is null;
                if (isYear || (bound is null && !hasYear && !m.Groups["maint"].Success) || StartsWithNounOrSlash(after))
                {
                    continue;
                }
            }
            if (!TargetNumber.TryParseVietnamese(m.Groups["num"].Value, out var value))
            {
                return Error(TargetErrorCodes.NumberInvalid, "A target value is not a number.", m.Index, m.Length, source);
            }
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, m.Groups["maint"].Success, bound, value, hasUnit ? UnitOf(m.Groups["unit"].Value) : null, Years(m.Groups["years"])));
        }
        foreach (Match m in MaintainOnlyRegex().Matches(folded))
        {
            candidates.Add(new Candidate(m.Index, m.Index + m.Length, true, null, null, null, [Year(m.Groups["y"].Value)]));
        }
        if (candidates.Count == 0)
        {
            return Error(TargetErrorCodes.NotFound, "No target value (a percentage, a rate or a value with a bound or a year) was found.", 0, source.Length, source);
        }
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        var grouped = -1;
        var groups = 0;
        foreach (var c in candidates)
        {
            if (folded.AsSpan(c.End).TrimStart().StartsWith("doi voi", StringComparison.Ordinal))
            {
                grouped = grouped < 0 ? c.Start : grouped;
                groups++;
            }
        }
        if (groups >= 2)
        {
            return Error(TargetErrorCodes.SeveralGroups, "The clause sets values for several groups (đối với ...); split it into one clause per group.", grouped, folded.Length - grouped, source);
        }
        AssignStandaloneYears(folded, source, candidates);

        IndicatorUnit? unit = null;
        foreach (var c in candidates)
        {
            if (c.Unit is { } u)
            {
                if (unit is not null && unit != u)
                {
                    return Error(TargetErrorCodes.UnitMixed, "The milestones are in different units.", c.Start, c.End - c.Start, source);
                }
                unit = u;
            }
        }
        unit ??= folded.Contains("1.000 tre de song", StringComparison.Ordinal) ? IndicatorUnit.PerThousandLiveBirths
            : folded.Contains("/100.000", StringComparison.Ordinal) || folded.Contains("100.000 tre em", StringComparison.Ordinal) ? IndicatorUnit.PerHundredThousandChildren
            : unitWhenUnstated
            ?? (folded.Contains("ty suat tu vong", StringComparison.Ordinal) ? IndicatorUnit.PerThousandLiveBirths : IndicatorUnit.Count);

        var milestones = new List<Milestone>();
        foreach (var c in candidates)
        {
            var previous = milestones.Count > 0 ? milestones[^1] : null;
            var bound = c.BoundWord is { } word
                ? BoundOf(word, folded, c.Start, directionWhenUnstated)
                : previous?.Bound ?? DefaultBound(folded, c.Start, directionWhenUnstated);
            var value = c.Value ?? previous?.Value;
            if (value is null)
            {
                return Error(TargetErrorCodes.MaintainWithoutValue, "'duy trì' without a value needs an earlier milestone.", c.Start, c.End - c.Start, source);
            }
            var years = c.Years.Length == 0 ? [(int?)null] : Array.ConvertAll(c.Years, y => (int?)y);
            foreach (var year in years)
            {
                if (year is < Milestone.MinYear or > Milestone.MaxYear)
                {
                    return Error(TargetErrorCodes.YearInvalid, "A milestone year is outside 1900–2100.", c.Start, c.End - c.Start, source);
                }
                if ((previous is not null || milestones.Count > 0) && (year is null || milestones[^1].Year is not { } last || year <= last))
                {
                    return Error(TargetErrorCodes.MilestoneOrder, "Milestone years must increase strictly, and each of several milestones needs a year.", c.Start, c.End - c.Start, source);
                }
                milestones.Add(new Milestone(year, bound, value.Value, c.Maintained));
            }
        }
        return new ThresholdTarget(unit, milestones);
    }

    // A year phrase not attached to a value ("phấn đấu đến năm 2025 đạt 75%", "98% trẻ em ... vào năm 2030")
    // dates the nearest yearless value of its sentence: the one before it, or else the one after it. "Đến năm 2025
    // tỉnh sẽ tiếp tục rà soát. Tỷ lệ … đạt 98%." does not date the 98%.
    private static void AssignStandaloneYears(string folded, string source, List<Candidate> candidates)
    {
        foreach (Match m in StandaloneYearRegex().Matches(folded))
        {
            var inside = false;
            var before = -1;
            var after = -1;
            for (var i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                if (m.Index >= c.Start && m.Index < c.End)
                {
                    inside = true;
                }
                else if (c.End <= m.Index)
                {
                    before = i;
                }
                else if (after < 0 && c.Start >= m.Index + m.Length)
                {
                    after = i;
                }
            }
            if (inside)
            {
                continue;
            }
            var year = Year(m.Groups["y"].Value);
            if (before >= 0 && CrossesSentence(source, candidates[before].End, m.Index))
            {
                before = -1;
            }
            if (after >= 0 && CrossesSentence(source, m.Index + m.Length, candidates[after].Start))
            {
                after = -1;
            }
            if (before >= 0 && candidates[before].Years.Length == 0)
            {
                candidates[before] = candidates[before] with { Years = [year] };
            }
            else if (after >= 0 && candidates[after].Years.Length == 0)
            {
                candidates[after] = candidates[after] with { Years = [year] };
            }
        }
    }

    // A full stop followed by a capital starts a new sentence; "1.000" has no space and folded text has no capitals.
    private static bool CrossesSentence(string source, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to - 1 && i < source.Length - 1; i++)
        {
            if (source[i] is '.' or '!' or '?' or '…')
            {
                var j = i + 1;
                while (j < to && char.IsWhiteSpace(source[j]))
                {
                    j++;
                }
                if (j > i + 1 && j < source.Length && j <= to && char.IsUpper(source[j]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static TargetBound BoundOf(string word, string folded, int position, IndicatorDirection? direction)
    {
        var key = WhitespaceRegex().Replace(word, " ");
        return key switch
        {
            "xuong duoi" or "duoi" => TargetBound.Below,
            "xuong con" or "xuong muc" or "xuong" or "con" or "khong qua" or "toi da" => TargetBound.AtMost,
            "tren" => TargetBound.Above,
            "la" => DefaultBound(folded, position, direction),
            _ => TargetBound.AtLeast,
        };
    }

    private static TargetBound DefaultBound(string folded, int position, IndicatorDirection? direction)
    {
        var reduce = folded.LastIndexOf("giam", position, StringComparison.Ordinal);
        if (reduce >= 0)
        {
            return TargetBound.AtMost;
        }
        return direction == IndicatorDirection.LowerIsBetter ? TargetBound.AtMost : TargetBound.AtLeast;
    }

    private static bool StartsWithNounOrSlash(ReadOnlySpan<char> after)
    {
        // Ages, vaccine counts, denominators, places and money are numbers in a clause that are not target values.
        ReadOnlySpan<string> nouns = ["tuoi", "loai", "thang", "tre", "ngay", "gio", "lan", "nguoi", "xa", "truong", "huyen", "trieu", "ty ", "dong", "nghin", "/"];
        foreach (var noun in nouns)
        {
            if (after.StartsWith(noun, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static IndicatorUnit UnitOf(string unitText) =>
        unitText.Contains('%', StringComparison.Ordinal) ? IndicatorUnit.Percent
        : unitText.Contains("100.000", StringComparison.Ordinal) ? IndicatorUnit.PerHundredThousandChildren
        : IndicatorUnit.PerThousandLiveBirths;

    private static int[] Years(Group group)
    {
        if (!group.Success)
        {
            return [];
        }
        var matches = FourDigitsRegex().Matches(group.Value);
        var years = new int[matches.Count];
        for (var i = 0; i < years.Length; i++)
        {
            years[i] = Year(matches[i].Value);
        }
        return years;
    }

    private static int Year(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryInt(string text, out int value)
    {
        value = 0;
        if (!TargetNumber.TryParseVietnamese(text, out var d) || d > int.MaxValue || d != decimal.Truncate(d))
        {
            return false;
        }
        value = (int)d;
        return true;
    }

    private static ParseError Error(string code, string message, int position, int length, string source)
    {
        var start = Math.Min(position, source.Length);
        var len = Math.Min(length, source.Length - start);
        return new ParseError(code, message, start, len, source.Substring(start, len));
    }

    [GeneratedRegex(@"^\s*[-+•*]?\s*chi\s*tieu\s*(?:so\s*)?\d+\s*[:.]?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"(?<bc>" + Int + @")\s*/\s*(?<bt>" + Int + @")\s*(?:vao\s+|trong\s+)?nam\s+(?<by>\d{4})\s*,?\s*(?:tang\s+)?(?:len|den)\s+(?:(?:muc|ty\s+le)\s+)?(?<tc>" + Int + @")\s*/\s*(?<tt>" + Int + @")\s*(?:vao\s+|trong\s+)?nam\s+(?<ty>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex CountFractionRegex();

    [GeneratedRegex(@"(?<![\w.,])(?:tu\s+(?<min>" + Num + @")\s*%?\s*(?:den|-)\s*)?(?<max>" + Num + @")\s*%\s*(?:moi\s+nam|hang\s+nam)(?:\s*,?\s*giai\s+doan\s+(?:tu\s+)?(?:nam\s+)?(?<from>\d{4})\s*(?:den|-)\s*(?:nam\s+)?(?<to>\d{4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex AnnualRegex();

    [GeneratedRegex(@"giam\s+(?<p>" + Num + @")\s*%.*?so\s+voi\s+(?:cung\s+ky\s+)?(?:nam\s+)?(?<by>\d{4})(?:\s*,?\s*(?:vao|den)\s+nam\s+(?<ty>\d{4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeRegex();

    [GeneratedRegex(@"giam\b.*?so\s+voi\s+(?:cung\s+ky\s+)?nam\s+\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex UnquantifiedReductionRegex();

    [GeneratedRegex(@"(?<![\w.,/])(?:(?<maint>duy\s+tri)\s+)?(?:(?<bound>xuong\s+duoi|xuong\s+con|xuong\s+muc|xuong|con|duoi|dat|la|khong\s+qua|toi\s+da|toi\s+thieu|it\s+nhat|tren)\s+)?(?<num>" + Num + @")(?![\d])(?<unit>\s*%|\s*(?:tre\s*)?/\s*1\.000(?:\s+tre\s+de\s+song)?|\s*/\s*100\.000(?:\s+tre\s+em)?)?(?<years>\s*,?\s*(?:(?:vao|den|trong|toi)\s+)?nam\s+\d{4}(?:\s+va\s+nam\s+\d{4})*)?", RegexOptions.CultureInvariant)]
    private static partial Regex MilestoneRegex();

    [GeneratedRegex(@"duy\s+tri\s+(?:den|toi)\s+nam\s+(?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex MaintainOnlyRegex();

    [GeneratedRegex(@"(?:den|vao|trong)\s+nam\s+(?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex StandaloneYearRegex();

    [GeneratedRegex(@"doi\s+voi\s+(?<g>[^,;]+?)(?=\s+va\s+(?:duoi|xuong|dat|tren|con|khong|toi|la|\d)|\s*[,;.]|\s+(?:vao|den|trong)\s+nam\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex GroupRegex();

    [GeneratedRegex(@"\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigitsRegex();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespaceRegex();
}
