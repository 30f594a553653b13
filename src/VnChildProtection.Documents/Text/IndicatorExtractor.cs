using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// Reads objectives (<c>Mục tiêu 1: …</c>, <c>a) Mục tiêu 1:</c>) and indicators: labelled lines (<c>- Chỉ tiêu 3: …</c>)
/// or, in plans without labels (seeds 000 and 001), the bulleted or numbered sentences under <c>Mục tiêu cụ thể</c>.
/// Each indicator is split into target clauses, typed with the target parser and matched to a measure of the national
/// catalogue when the plan numbers its indicators as Decision 23/QĐ-TTg does.
/// </summary>
internal static partial class IndicatorExtractor
{
    public static (ValueList<PlanObjective> Objectives, ValueList<PlanIndicator> Indicators) Read(ImportContext context, IndicatorRegistry registry)
    {
        var scope = Scope(context);
        var objectives = new List<PlanObjective>();
        var indicators = new List<PlanIndicator>();
        int? objective = null;
        foreach (var index in scope)
        {
            var paragraph = context.Paragraphs[index];
            if (ObjectiveLine().Match(paragraph.Clean) is { Success: true } heading
                && int.TryParse(heading.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 100)
            {
                objective = number;
                objectives.Add(new PlanObjective { Number = number, Title = heading.Groups["title"].Value.Trim(), Source = paragraph.Span(context.Source) });
                continue;
            }
            if (IndicatorLine().Match(paragraph.Clean) is { Success: true } label
                && int.TryParse(label.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var indicatorNumber) && indicatorNumber is > 0 and < 1000)
            {
                var body = label.Groups["body"];
                indicators.Add(Build(context, registry, paragraph, indicatorNumber, objective, body.Index, labelled: true, indicators.Count));
            }
        }
        if (indicators.Count == 0)
        {
            ReadTargetList(context, registry, indicators);
        }
        return (objectives.ToValueList(), indicators.ToValueList());
    }

    // Objectives and indicators live in the MỤC TIÊU section; a plan without recognisable sections is searched whole.
    private static IEnumerable<int> Scope(ImportContext context)
    {
        var ranges = context.Outline.RangesOf(SectionKind.Objectives).ToArray();
        if (ranges.Length == 0)
        {
            return Enumerable.Range(0, context.Outline.BodyEnd);
        }
        return ranges.SelectMany(r => Enumerable.Range(r.First, r.End - r.First));
    }

    private static void ReadTargetList(ImportContext context, IndicatorRegistry registry, List<PlanIndicator> indicators)
    {
        var paragraphs = context.Paragraphs;
        var start = -1;
        for (var i = 0; i < context.Outline.BodyEnd; i++)
        {
            var key = VietnameseText.ToMatchKey(paragraphs[i].Clean);
            if (key.Length < 60 && SpecificObjectivesHeading().IsMatch(key))
            {
                start = i + 1;
                break;
            }
        }
        if (start < 0)
        {
            return;
        }
        var position = 0;
        for (var i = start; i < context.Outline.BodyEnd; i++)
        {
            var paragraph = paragraphs[i];
            if (PlanOutline.IsRomanHeading(paragraph.Clean, out _))
            {
                break;
            }
            var item = ListItem().Match(paragraph.Clean);
            if (!item.Success)
            {
                break;
            }
            position++;
            var number = item.Groups["n"].Success && int.TryParse(item.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var written) && written is > 0 and < 1000
                ? written
                : position;
            indicators.Add(Build(context, registry, paragraph, number, null, item.Groups["body"].Index, labelled: false, indicators.Count));
        }
    }

    private static PlanIndicator Build(ImportContext context, IndicatorRegistry registry, PlanParagraph paragraph, int number, int? objective, int bodyStart, bool labelled, int index)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"$.indicators[{index}]");
        var body = paragraph.Clean[bodyStart..].Trim();
        Indicator? national = labelled && number <= IndicatorId.MaxValue && registry.TryGet(new IndicatorId(number), out var found) ? found : null;
        var clauses = Target.SplitClauses(body).Where(c => c.Trim().Length > 0).ToArray();
        var targets = new List<PlanTarget>();
        var pieces = new List<(string Text, string? Group, int Offset)>();
        var searchFrom = bodyStart;
        foreach (var clause in clauses)
        {
            var offset = paragraph.Clean.IndexOf(clause, searchFrom, StringComparison.Ordinal);
            if (offset < 0)
            {
                offset = bodyStart;
            }
            else
            {
                searchFrom = offset + clause.Length;
            }
            pieces.Add((clause, null, offset));
        }
        var measures = MatchMeasures(national, pieces.Select(p => p.Text).ToArray());
        var sharedYears = SharedTrailingYears(clauses);
        for (var k = 0; k < pieces.Count; k++)
        {
            var (clause, _, offset) = pieces[k];
            var (measure, score) = measures[k];
            var span = paragraph.Span(context.Source, offset, clause.Length);
            var indicatorMeasure = measure is { } id ? registry.GetMeasure(id) : null;
            var reads = ReadClause(clause, indicatorMeasure);
            if (sharedYears[k] is { } yearPhrase && reads.All(r => r.Target is not null)
                && ReadClause(clause + " " + yearPhrase, indicatorMeasure) is var dated
                && dated.Length == reads.Length && dated.All(r => r.Target is not null))
            {
                reads = dated;
            }
            foreach (var read in reads)
            {
                var target = read.Target;
                var targetMeasure = measure;
                var targetScore = score;
                if (read.Group is { } group && national is not null)
                {
                    // The clause names every group; only this group's words may decide its measure.
                    var own = reads.Where(r => r.Group is not null && r.Group != group)
                        .Aggregate(clause, (text, other) => text.Replace(other.Group!, " ", StringComparison.OrdinalIgnoreCase));
                    (targetMeasure, targetScore) = BestMeasure(national, own + " " + group);
                }
                var targetPath = string.Create(CultureInfo.InvariantCulture, $"{path}.targets[{targets.Count}]");
                targets.Add(new PlanTarget { Text = clause, Measure = targetMeasure, Target = target, Source = span });
                if (target is null)
                {
                    if (read.Error is { } error && clause.Any(char.IsAsciiDigit))
                    {
                        context.Report("IMPORT-TARGET-UNREAD", $"Target clause {targets.Count} of indicator {number} could not be read ({error.Code}).", span);
                    }
                    context.Rate(targetPath, 0.3, "clause kept as text; no typed target");
                }
                else if (targetMeasure is not null)
                {
                    context.Rate(targetPath, Math.Round(0.6 + (0.4 * targetScore), 2), "measure matched by wording against the national catalogue");
                }
                else
                {
                    context.Rate(targetPath, labelled ? 0.8 : 0.7, "typed target without a national measure");
                }
            }
        }
        context.Rate(path, labelled ? 1.0 : 0.7, labelled ? "labelled 'Chỉ tiêu N'" : "target sentence numbered by its position under 'Mục tiêu cụ thể'");
        return new PlanIndicator
        {
            Number = number,
            Objective = objective,
            Text = body,
            Targets = targets.ToValueList(),
            Source = paragraph.Span(context.Source),
        };
    }

    private readonly record struct ClauseRead(Target? Target, string? Group, ParseError? Error);

    // "Giảm A xuống dưới 20 trẻ/1.000 trẻ đẻ sống; giảm B xuống dưới 28 trẻ/1.000 trẻ đẻ sống vào năm 2022" (Lào Cai):
    // a year phrase that ends a clause also dates the clauses before it that name no year, back to the previous clause
    // that names one. A clause with several years ("90% vào năm 2025 và 95% vào năm 2030") or that is only a year
    // ("Đến năm 2025: …", a lead-in for what follows, with no value before it) dates nothing but itself.
    private static string?[] SharedTrailingYears(string[] clauses)
    {
        var shared = new string?[clauses.Length];
        string? carried = null;
        for (var k = clauses.Length - 1; k >= 0; k--)
        {
            var years = YearNumber().Count(clauses[k]);
            if (years == 0)
            {
                shared[k] = carried;
                continue;
            }
            carried = years == 1 && TrailingYear().Match(clauses[k]) is { Success: true } trailing && clauses[k].AsSpan(0, trailing.Index).IndexOfAnyInRange('0', '9') >= 0
                ? trailing.Value.Trim().TrimEnd('.', ',')
                : null;
        }
        return shared;
    }

    private static ClauseRead[] ReadClause(string clause, IndicatorMeasure? measure)
    {
        var unit = measure?.Unit;
        var direction = measure?.Direction;
        var parsed = Target.Parse(clause, unit, direction);
        if (parsed.TryPickT0(out var target, out var error))
        {
            return [new ClauseRead(target, null, null)];
        }
        if (error.Code == "TARGET-SEVERAL-GROUPS" && Target.ParseGroups(clause, unit, direction).TryPickT0(out var groups, out _))
        {
            return groups.Select(g => new ClauseRead(g.Target, g.Group, null)).ToArray();
        }
        if (error.Code == "TARGET-MILESTONE-ORDER")
        {
            // "70% trẻ em, 90% doanh nghiệp …" sets values for several populations in one clause: read each part.
            var parts = ValueListSplit().Split(clause).Where(p => p.Trim().Length > 0).ToArray();
            if (parts.Length > 1)
            {
                var reads = parts.Select(p => Target.Parse(p, unit, direction)).ToArray();
                if (reads.All(r => r.IsT0))
                {
                    return reads.Select(r => new ClauseRead(r.AsT0, null, null)).ToArray();
                }
            }
        }
        return [new ClauseRead(null, null, error)];
    }

    private static (MeasureId? Measure, double Score)[] MatchMeasures(Indicator? indicator, string[] clauses)
    {
        var result = new (MeasureId?, double)[clauses.Length];
        if (indicator is null || clauses.Length == 0)
        {
            return result;
        }
        if (indicator.Measures.Count == 1)
        {
            // One measure: it belongs to the clause that reads most like it.
            var name = Tokens(indicator.Measures[0].VietnameseName);
            var scores = clauses.Select(c => Dice(name, Tokens(c))).ToArray();
            var best = Array.IndexOf(scores, scores.Max());
            result[best] = (indicator.Measures[0].Id, clauses.Length == 1 ? 1.0 : scores[best]);
            return result;
        }
        for (var k = 0; k < clauses.Length; k++)
        {
            result[k] = BestMeasure(indicator, clauses[k], k);
            // As many clauses as measures, in the Decision's order: an unmatched clause takes the measure of its position.
            if (result[k].Item1 is null && clauses.Length == indicator.Measures.Count)
            {
                result[k] = (indicator.Measures[k].Id, 0.4);
            }
        }
        return result;
    }

    // Words shared by all measures of an indicator (tỷ suất tử vong trẻ) say nothing about which one a clause sets; the
    // rest (sơ sinh, dưới 1 tuổi, dưới 5 tuổi) decide. Ties go to the measure in the clause's position.
    private static (MeasureId? Measure, double Score) BestMeasure(Indicator indicator, string clause, int position = -1)
    {
        var names = indicator.Measures.Select(m => Tokens(m.VietnameseName)).ToArray();
        var common = names.Skip(1).Aggregate(new HashSet<string>(names[0], StringComparer.Ordinal), (acc, n) => { acc.IntersectWith(n); return acc; });
        var words = Tokens(clause);
        var best = -1;
        var bestScore = 0d;
        for (var m = 0; m < names.Length; m++)
        {
            var distinctive = names[m].Where(t => !common.Contains(t)).ToArray();
            if (distinctive.Length == 0)
            {
                continue;
            }
            var score = distinctive.Count(words.Contains) / (double)distinctive.Length;
            if (score > bestScore || (score == bestScore && score > 0 && m == position))
            {
                best = m;
                bestScore = score;
            }
        }
        return best < 0 || bestScore < 0.5 ? (null, 0) : (indicator.Measures[best].Id, bestScore);
    }

    // Match-key words; a number only counts before "tuổi" (an age), never as a target value or a rate base.
    private static HashSet<string> Tokens(string text)
    {
        var words = VietnameseText.ToMatchKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.All(char.IsAsciiDigit))
            {
                if (i + 1 < words.Length && words[i + 1] == "tuoi")
                {
                    set.Add(word.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0");
                }
                continue;
            }
            set.Add(word);
        }
        return set;
    }

    private static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    [GeneratedRegex(@"^(?:[-–+•]\s*)?(?:[a-zđ]\)\s*|\d+(?:\.\d+)*\.?\s*)?M[ụu]c\s+ti[êe]u\s+(?:s[ốo]\s+)?(?<n>\d{1,2})\s*[:.)–-]\s*(?<title>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ObjectiveLine();

    [GeneratedRegex(@"^(?:[-–+•]\s*)?Ch[ỉi]\s+ti[êe]u\s+(?:s[ốo]\s+)?(?<n>\d{1,3})\s*[:.)–-]\s*(?<body>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IndicatorLine();

    [GeneratedRegex(@"^(?:[ivx]+\s+|\d+(?:\s\d+)*\s+)?muc tieu cu the\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpecificObjectivesHeading();

    [GeneratedRegex(@"^(?:[-–+•]|(?<n>\d{1,2})\s*[.)]|[a-zđ]\))\s*(?<body>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"(?<![\d.,/])(?:19|20)\d{2}(?![\d.,/]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearNumber();

    [GeneratedRegex(@"\s(?:(?:vào|đến|tới|trong)\s+)?(?:(?:hết|cuối)\s+)?năm\s+(?:19|20)\d{2}\s*[.,]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@",\s*(?=(?:phấn đấu\s+|phần đầu\s+)?\d+(?:,\d+)?\s*%)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ValueListSplit();
}
