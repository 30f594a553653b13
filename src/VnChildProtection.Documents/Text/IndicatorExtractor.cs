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
        var scope = Scope(context).ToArray();
        var objectives = new List<PlanObjective>();
        var indicators = new List<PlanIndicator>();
        var labelledLines = new List<(int Number, int? Objective, List<Segment> Segments)>();
        int? objective = null;
        LeadYear? lead = null;
        for (var s = 0; s < scope.Length; s++)
        {
            var index = scope[s];
            var paragraph = context.Paragraphs[index];
            if (s > 0 && scope[s - 1] != index - 1)
            {
                // A lead-in never reaches into another section.
                lead = null;
            }
            if (ObjectiveLine().Match(paragraph.Clean) is { Success: true } heading
                && int.TryParse(heading.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 100)
            {
                objective = number;
                lead = null;
                objectives.Add(new PlanObjective { Number = number, Title = heading.Groups["title"].Value.Trim(), Source = paragraph.Span(context.Source) });
                continue;
            }
            if (ReadLeadLine(paragraph) is { } leadLine)
            {
                lead = leadLine;
                continue;
            }
            if (IndicatorLine().Match(paragraph.Clean) is { Success: true } label
                && int.TryParse(label.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var indicatorNumber) && indicatorNumber is > 0 and < 1000)
            {
                var restated = labelledLines.FindIndex(l => l.Number == indicatorNumber && l.Objective == objective);
                var part = 0;
                if (restated >= 0 && lead is not null && labelledLines[restated].Segments.All(g => g.Lead is { } earlier && earlier.Year != lead.Year))
                {
                    // "a) Đến năm 2025: - Chỉ tiêu 1: …" then "b) Đến năm 2030: - Chỉ tiêu 1: …": one indicator, a group per year.
                    part = labelledLines[restated].Segments[^1].Part + 1;
                }
                else
                {
                    restated = -1;
                }
                var segments = new List<Segment> { new(paragraph, label.Groups["body"].Index, lead, part) };
                if (paragraph.Clean.TrimEnd().EndsWith(':'))
                {
                    s = ReadSubItems(context, scope, s, label.Groups["body"].Value, lead, segments);
                }
                if (restated >= 0)
                {
                    labelledLines[restated].Segments.AddRange(segments);
                }
                else
                {
                    labelledLines.Add((indicatorNumber, objective, segments));
                }
                continue;
            }
            if (!ListItem().IsMatch(paragraph.Clean))
            {
                // Prose ends the list a lead-in introduced.
                lead = null;
            }
        }
        foreach (var (number, objectiveNumber, segments) in labelledLines)
        {
            indicators.Add(Build(context, registry, segments, number, objectiveNumber, labelled: true, indicators.Count));
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

    // "- Chỉ tiêu 3: Giảm tỷ suất tử vong trẻ em:" introduces its own list: the sub-items that follow, and the lead-ins
    // grouping them ("Đến năm 2025:"), belong to this indicator; "- Chỉ tiêu 14: Phấn đấu đến năm 2025:" is itself the
    // lead-in of its sub-items. Returns the position in the scope of the last paragraph read.
    private static int ReadSubItems(ImportContext context, int[] scope, int s, string body, LeadYear? lead, List<Segment> segments)
    {
        var part = segments[0].Part;
        var inner = Target.SplitClauses(body) is [.., var last] && IsLeadOnly(last) && LeadIn(last) is { } own
            ? own with { Confidence = Math.Min(own.Confidence, 0.9) }
            : lead;
        while (s + 1 < scope.Length && scope[s + 1] == scope[s] + 1 && context.Paragraphs[scope[s + 1]] is var next
            && !IndicatorLine().IsMatch(next.Clean) && !ObjectiveLine().IsMatch(next.Clean) && !PlanOutline.IsRomanHeading(next.Clean, out _))
        {
            if (ReadLeadLine(next) is { } innerLead)
            {
                inner = innerLead;
            }
            else if (ListItem().Match(next.Clean) is { Success: true } sub)
            {
                segments.Add(new Segment(next, sub.Groups["body"].Index, inner, part));
            }
            else
            {
                break;
            }
            s++;
        }
        return s;
    }

    // Plans without "Chỉ tiêu N" labels: the quantified lines of the objectives section, and of any block headed by a
    // "chỉ tiêu" heading elsewhere ("6. Chỉ tiêu chủ yếu đến năm 2030" inside the contents section). A heading with a year
    // ("1. Mục tiêu đến hết năm 2026", "2.1. Đến năm 2030", "2. Mục tiêu cụ thể đến năm 2030") dates the lines after it
    // until the next heading; a line without a number ("Hoàn thành đánh giá hiện trạng …") is no target and the general
    // objective (mục tiêu chung, tổng quát) is prose. Lines are numbered by their written number when the numbers rise
    // through the list, else by position ((1)…(6) then (1)…(9) restart per group).
    private static void ReadTargetList(ImportContext context, IndicatorRegistry registry, List<PlanIndicator> indicators)
    {
        var paragraphs = context.Paragraphs;
        var inScope = new bool[context.Outline.BodyEnd];
        foreach (var (first, end) in context.Outline.RangesOf(SectionKind.Objectives))
        {
            for (var i = first; i < end && i < inScope.Length; i++)
            {
                inScope[i] = true;
            }
        }
        for (var i = context.Outline.BodyStart; i < inScope.Length; i++)
        {
            if (!inScope[i] && TargetBlockHeading(paragraphs[i].Clean) is { } depth)
            {
                for (var j = i; j < inScope.Length && (j == i || (!PlanOutline.IsRomanHeading(paragraphs[j].Clean, out _) && !(HeadingDepth(paragraphs[j].Clean) is { } d && d <= depth))); j++)
                {
                    inScope[j] = true;
                }
            }
        }
        var items = new List<(PlanParagraph Paragraph, int BodyStart, int? Written, LeadYear? Lead, bool Quantified)>();
        LeadYear? lead = null;
        var leadDepth = -1;
        var general = false;
        for (var i = 0; i < inScope.Length; i++)
        {
            if (!inScope[i])
            {
                (lead, leadDepth) = (null, -1);
                continue;
            }
            var paragraph = paragraphs[i];
            var clean = paragraph.Clean;
            if (PlanOutline.IsRomanHeading(clean, out _))
            {
                (lead, leadDepth) = (null, -1);
                general = false;
                continue;
            }
            if (IsGroupHeading(clean))
            {
                // A heading of a group: its year, if any, dates what follows ("a) Mục tiêu chung" under "1. … đến năm
                // 2030" keeps the year of its parent); "Mục tiêu chung" starts prose.
                var depth = HeadingDepth(clean) ?? leadDepth + 1;
                if ((ReadLeadLine(paragraph) ?? HeadingYear(clean)) is { } own)
                {
                    (lead, leadDepth) = (own, depth);
                }
                else if (depth <= leadDepth)
                {
                    (lead, leadDepth) = (null, -1);
                }
                general = GeneralObjective().IsMatch(VietnameseText.ToMatchKey(clean));
                continue;
            }
            if (general)
            {
                continue;
            }
            var item = ListItem().Match(clean);
            var bodyStart = item.Success ? item.Groups["body"].Index : 0;
            if (!item.Success && lead is null)
            {
                continue;
            }
            int? written = item.Success && item.Groups["n"].Success && int.TryParse(item.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 1000 ? n : null;
            // An annual rate ("Hàng năm, … tăng trên 03%") is no target of the group's year.
            items.Add((paragraph, bodyStart, written, AnnualRate().IsMatch(clean[bodyStart..]) ? null : lead, HasQuantity(clean[bodyStart..])));
        }
        // A list the plan numbers itself (1. … 12., rising) is its list of targets, each item one, with or without a
        // value; otherwise the quantified lines, by position.
        var numbered = items.Where(t => t.Written is not null).Select(t => t.Written!.Value).ToArray();
        var rising = items.Count > 0 && numbered.Length == items.Count && numbered.Zip(numbered.Skip(1)).All(p => p.Second > p.First);
        var kept = rising ? items : items.Where(t => t.Quantified).ToList();
        for (var k = 0; k < kept.Count; k++)
        {
            var (paragraph, bodyStart, written, itemLead, _) = kept[k];
            indicators.Add(Build(context, registry, [new Segment(paragraph, bodyStart, itemLead, 0)], rising ? written!.Value : k + 1, null, labelled: false, indicators.Count));
        }
    }

    // "6. Chỉ tiêu chủ yếu đến năm 2030", "1. Dự báo các chỉ tiêu …", "2. Mục tiêu cụ thể": a short labelled heading that
    // names targets; returns its label depth (6. → 0, 2.1. → 1).
    private static int? TargetBlockHeading(string clean)
    {
        var key = VietnameseText.ToMatchKey(clean);
        return clean.Length <= 100 && TargetHeadingKey().IsMatch(key) && !HasQuantity(LabelPrefix().Replace(clean, "")) ? HeadingDepth(clean) : null;
    }

    private static int? HeadingDepth(string clean)
    {
        var label = LabelPrefix().Match(clean);
        return label.Success && label.Groups["num"].Success && clean.Length <= 120 && !HasQuantity(clean[label.Length..])
            ? label.Groups["num"].Value.Count(c => c == '.') - (label.Groups["num"].Value.EndsWith('.') ? 1 : 0)
            : null;
    }

    // A short line that names a group rather than states a target: a numbered or lettered heading, or a year line, with
    // no quantity but years and a count of its items ("(16 mục tiêu)").
    private static bool IsGroupHeading(string clean) =>
        clean.Length <= 120 && !clean.TrimEnd().EndsWith('.') && !clean.TrimEnd().EndsWith(';') && !clean.TrimStart('-', '–', '+', '•', ' ').StartsWith('(')
        && (LabelPrefix().IsMatch(clean) || HeadingYear(clean) is not null && clean.Length <= 40)
        && !HasQuantity(LabelPrefix().Replace(clean, ""))
        && !clean.TrimStart().StartsWith('-') && !clean.TrimStart().StartsWith('+');

    private static LeadYear? HeadingYear(string clean) =>
        HeadingYearPhrase().Match(clean) is { Success: true } m
            ? new LeadYear(Year(m.Groups["year"].Value), string.Create(CultureInfo.InvariantCulture, $"đến năm {m.Groups["year"].Value}"), 0.9, m.Value.Trim())
            : null;

    // "Phấn đấu 100% các điểm … và 100% diện tích …": two targets joined by "và", one value each (not when a year is
    // written: "5% vào năm 2025 và 10% vào năm 2030" is read with its years as one clause).
    private static IEnumerable<string> SplitAtSecondPercent(string clause)
    {
        if (Percent().Count(clause) < 2 || YearNumber().IsMatch(clause))
        {
            yield return clause;
            yield break;
        }
        var from = 0;
        foreach (Match joint in AndBeforePercent().Matches(clause))
        {
            yield return clause[from..joint.Index];
            from = joint.Index + joint.Length;
        }
        yield return clause[from..];
    }

    // A number other than a year, a date, or a count of items in parentheses: a value.
    // "Không để xảy ra …" opening a line is a target of zero.
    private static bool HasQuantity(string text) =>
        Digits().IsMatch(NotQuantities().Replace(text, " ")) || ZeroTarget().IsMatch(text);

    private static PlanIndicator Build(ImportContext context, IndicatorRegistry registry, IReadOnlyList<Segment> segments, int number, int? objective, bool labelled, int index)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"$.indicators[{index}]");
        var first = segments[0];
        var body = first.Paragraph.Clean[first.BodyStart..].Trim();
        Indicator? national = labelled && number <= IndicatorId.MaxValue && registry.TryGet(new IndicatorId(number), out var found) ? found : null;
        var pieces = new List<Piece>();
        var measures = new List<(MeasureId? Measure, double Score)>();
        foreach (var part in segments.GroupBy(g => g.Part))
        {
            // Each restatement of the indicator (one per year group) sets its measures again.
            var partPieces = part.SelectMany(Pieces).ToArray();
            pieces.AddRange(partPieces);
            measures.AddRange(MatchMeasures(national, partPieces.Select(p => p.Text).ToArray()));
        }
        var targets = new List<PlanTarget>();
        for (var k = 0; k < pieces.Count; k++)
        {
            var (clause, paragraph, offset, year, leadOnly) = pieces[k];
            var (measure, score) = measures[k];
            var span = paragraph.Span(context.Source, offset, clause.Length);
            var indicatorMeasure = measure is { } id ? registry.GetMeasure(id) : null;
            var reads = ReadClause(clause, indicatorMeasure);
            var dating = (LeadYear?)null;
            if (year is { } borrowed && reads.All(r => r.Target is not null)
                && ReadClause(clause + " " + borrowed.Phrase, indicatorMeasure) is var dated
                && dated.Length == reads.Length && dated.All(r => r.Target is not null))
            {
                reads = dated;
                dating = borrowed;
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
                    if (leadOnly)
                    {
                        context.Rate(targetPath, 0.3, "a lead-in year for the clauses after it; no value");
                        continue;
                    }
                    if (read.Error is { } error && clause.Any(char.IsAsciiDigit))
                    {
                        context.Report("IMPORT-TARGET-UNREAD", $"Target clause {targets.Count} of indicator {number} could not be read ({error.Code}).",
                            $"Không đọc được vế chỉ tiêu thứ {targets.Count} của chỉ tiêu {number} ({error.Code}).", span);
                    }
                    context.Rate(targetPath, 0.3, "clause kept as text; no typed target");
                    continue;
                }
                var (confidence, reason) = targetMeasure is not null
                    ? (Math.Round(0.6 + (0.4 * targetScore), 2), "measure matched by wording against the national catalogue")
                    : (labelled ? 0.8 : 0.7, "typed target without a national measure");
                if (dating is { Confidence: < 1 } lead)
                {
                    confidence = Math.Round(confidence * lead.Confidence, 2);
                    reason = string.Create(CultureInfo.InvariantCulture, $"{reason}; year {lead.Year} from the lead-in '{lead.Source}' written before it");
                }
                context.Rate(targetPath, confidence, reason);
            }
        }
        context.Rate(path, labelled ? 1.0 : 0.7, labelled ? "labelled 'Chỉ tiêu N'" : "target sentence numbered by its position under 'Mục tiêu cụ thể'");
        var last = segments[^1].Paragraph.Span(context.Source);
        var whole = first.Paragraph.Span(context.Source);
        return new PlanIndicator
        {
            Number = number,
            Objective = objective,
            Text = string.Join(" ", segments.Select(g => g.Paragraph.Clean[g.BodyStart..].Trim())),
            Targets = targets.ToValueList(),
            Source = segments.Count == 1 ? whole : SourceSpan.In(context.Source, whole.Start, last.Start + last.Length - whole.Start),
        };
    }

    /// <summary>A paragraph's share of an indicator: the indicator line itself or a sub-item of its list, with the
    /// lead-in year (if any) that a line before it set for the clauses that name no year, and which statement of the
    /// indicator it belongs to (a plan restating <c>Chỉ tiêu N</c> under each year group states it more than once).</summary>
    private readonly record struct Segment(PlanParagraph Paragraph, int BodyStart, LeadYear? Lead, int Part);

    /// <summary>A clause, where it is, the year it borrows from a phrase written once for several clauses, and whether
    /// it is only a lead-in (<c>đến năm 2030</c> before a colon).</summary>
    private readonly record struct Piece(string Text, PlanParagraph Paragraph, int Offset, LeadYear? Year, bool LeadOnly);

    /// <summary>A year written once for several clauses: the phrase appended to a clause to date it, how sure that is
    /// and the words it came from.</summary>
    private sealed record LeadYear(int Year, string Phrase, double Confidence, string Source);

    private static IEnumerable<Piece> Pieces(Segment segment)
    {
        var paragraph = segment.Paragraph;
        var clauses = Target.SplitClauses(paragraph.Clean[segment.BodyStart..]).SelectMany(SplitAtSecondPercent).Where(c => c.Trim().Length > 0).ToArray();
        var offsets = new int[clauses.Length];
        var searchFrom = segment.BodyStart;
        for (var k = 0; k < clauses.Length; k++)
        {
            var offset = paragraph.Clean.IndexOf(clauses[k], searchFrom, StringComparison.Ordinal);
            if (offset < 0)
            {
                offsets[k] = segment.BodyStart;
                continue;
            }
            offsets[k] = offset;
            searchFrom = offset + clauses[k].Length;
        }
        var trailing = SharedTrailingYears(clauses);
        var leading = SharedLeadYears(paragraph.Clean, clauses, offsets);
        for (var k = 0; k < clauses.Length; k++)
        {
            var leadOnly = IsLeadOnly(clauses[k]);
            LeadYear? year;
            if (trailing[k] is { } back && leading[k] is { } forward)
            {
                // Written between a lead-in and a trailing year that disagree: nothing says which one it takes.
                year = back.Year == forward.Year ? back : null;
            }
            else
            {
                year = trailing[k] ?? leading[k] ?? (YearNumber().IsMatch(clauses[k]) ? null : segment.Lead);
            }
            yield return new Piece(clauses[k], paragraph, offsets[k], year, leadOnly);
        }
    }

    private readonly record struct ClauseRead(Target? Target, string? Group, ParseError? Error);

    // "Giảm A xuống dưới 20 trẻ/1.000 trẻ đẻ sống; giảm B xuống dưới 28 trẻ/1.000 trẻ đẻ sống vào năm 2022" (Lào Cai):
    // a year phrase that ends a clause also dates the clauses before it that name no year, back to the previous clause
    // that names one. A clause with several years ("90% vào năm 2025 và 95% vào năm 2030") or that is only a year
    // ("Đến năm 2025: …", a lead-in for what follows, with no value before it) dates nothing but itself.
    private static LeadYear?[] SharedTrailingYears(string[] clauses)
    {
        var shared = new LeadYear?[clauses.Length];
        LeadYear? carried = null;
        for (var k = clauses.Length - 1; k >= 0; k--)
        {
            var years = YearNumber().Matches(clauses[k]);
            if (years.Count == 0)
            {
                shared[k] = carried;
                continue;
            }
            carried = years.Count == 1 && TrailingYear().Match(clauses[k]) is { Success: true } trailing && clauses[k].AsSpan(0, trailing.Index).IndexOfAnyInRange('0', '9') >= 0
                ? new LeadYear(Year(years[0].Value), trailing.Value.Trim().TrimEnd('.', ','), 1.0, trailing.Value.Trim())
                : null;
        }
        return shared;
    }

    // "Đến năm 2025, tỷ lệ A đạt 90%; tỷ lệ B đạt 95%." and "Phấn đấu đến năm 2025: A 90%; B 95%": a clause that opens
    // with a year (or a period, dated by its last year) dates the clauses after it that name no year, up to the next
    // clause that names one or the end of the sentence. "Đến năm 2025 tỉnh sẽ tiếp tục …. Tỷ lệ …" dates nothing after
    // its full stop.
    private static LeadYear?[] SharedLeadYears(string text, string[] clauses, int[] offsets)
    {
        var shared = new LeadYear?[clauses.Length];
        LeadYear? carried = null;
        var from = 0;
        for (var k = 0; k < clauses.Length; k++)
        {
            if (carried is not null && SentenceEnd().IsMatch(text[from..Math.Max(from, offsets[k])]))
            {
                carried = null;
            }
            if (!YearNumber().IsMatch(clauses[k]))
            {
                shared[k] = carried;
                continue;
            }
            carried = LeadIn(clauses[k]) is { } lead ? lead with { Confidence = Math.Min(lead.Confidence, 0.95) } : null;
            from = offsets[k];
        }
        return shared;
    }

    // A paragraph that only announces the year of the list after it: "a) Mục tiêu đến năm 2025", "Đến năm 2030:",
    // "Phấn đấu đến năm 2025, đạt các chỉ tiêu sau:", "b) Giai đoạn 2026 – 2030:". Prose that opens with a year
    // ("Đến năm 2025 tỉnh sẽ tiếp tục …") introduces no list: it has words after the year and no colon.
    private static LeadYear? ReadLeadLine(PlanParagraph paragraph)
    {
        var text = paragraph.Clean.Trim();
        if (text.Length > 160 || LeadLine().Match(text) is not { Success: true } line)
        {
            return null;
        }
        var tail = line.Groups["tail"].Value.Trim(' ', '.', ',', ')', '(');
        if (!line.Groups["colon"].Success && tail.Length > 0)
        {
            return null;
        }
        return LeadIn(line.Groups["lead"].Value) is { } lead ? lead with { Confidence = Math.Min(lead.Confidence, 0.9), Source = text } : null;
    }

    // The year a clause opens with: "đến năm 2025", "phấn đấu đến hết năm 2025", "giai đoạn 2021 – 2025" (its end year).
    private static LeadYear? LeadIn(string clause)
    {
        var match = LeadInClause().Match(clause);
        if (!match.Success)
        {
            return null;
        }
        var year = Year(match.Groups["year"].Value);
        if (match.Groups["from"].Success && Year(match.Groups["from"].Value) >= year)
        {
            return null;
        }
        var period = match.Groups["from"].Success;
        return new LeadYear(year, string.Create(CultureInfo.InvariantCulture, $"đến năm {year}"), period ? 0.8 : 1.0, match.Value.Trim());
    }

    // "đến năm 2030" before a colon: a year for what follows and no value of its own.
    private static bool IsLeadOnly(string clause) =>
        LeadInClause().Match(clause) is { Success: true } lead && !clause.AsSpan(lead.Length).ContainsAnyInRange('0', '9');

    private static int Year(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

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


    [GeneratedRegex(@"^(?:[-–+•]|\d{1,2}\.(?<n>\d{1,2})(?!\d)\.?|(?<n>\d{1,2})\s*[.)]|\((?<n>\d{1,2})\)|[a-zđ]\))\s*(?<body>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*(?:(?<num>\d{1,2}(?:\.\d{1,2}){0,3}\.?)|[a-zđ]\)|[IVX]{1,6}\.)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPrefix();

    [GeneratedRegex(@"\b(?:muc tieu cu the|chi tieu|muc tieu den|muc tieu theo)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TargetHeadingKey();

    [GeneratedRegex(@"^(?:[ivx]+ |\d+(?: \d+)* |[a-z] )?muc tieu (?:chung|tong quat)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GeneralObjective();

    [GeneratedRegex(@"(?:đến|tới|trong|vào)\s+(?:hết\s+|cuối\s+)?năm\s+(?<year>(?:19|20)\d{2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeadingYearPhrase();

    [GeneratedRegex(@"(?<![\d.,/])(?:19|20)\d{2}(?![\d.,/]\d)|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\(\s*\d+\s+(?:mục|chỉ)\s+tiêu\s*\)|\d+[a-zA-Z]?(?:/[\p{L}\d\-]*\p{L}[\p{L}\d\-]*)+|\d+\s*(?:giờ|phút)\b|\d+h\d*", RegexOptions.CultureInvariant)]
    private static partial Regex NotQuantities();

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\s*(?:[-–+•]\s*)?(?:không để|không còn)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ZeroTarget();

    [GeneratedRegex(@"\d\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\s+và\s+(?=(?:(?:trên|dưới|ít nhất|tối thiểu|khoảng|đạt)\s+)?\d+(?:[.,]\d+)?\s*%)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AndBeforePercent();

    [GeneratedRegex(@"^\s*(?:[-–+•]\s*)?(?:hằng|hàng|mỗi)\s+năm\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnnualRate();

    [GeneratedRegex(@"(?<![\d.,/])(?:19|20)\d{2}(?![\d.,/]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearNumber();

    [GeneratedRegex(@"\s(?:(?:vào|đến|tới|trong)\s+)?(?:(?:hết|cuối)\s+)?năm\s+(?:19|20)\d{2}\s*[.,]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TrailingYear();

    // The year phrase a clause opens with; "phần đầu" is a common typing of "phấn đấu" (seed 003).
    [GeneratedRegex(@"^\s*(?:(?:phấn|phần)\s+đấu\s+|phấn\s+đầu\s+)?(?:(?:(?:đến|tới|trong|vào)\s+)(?:hết\s+|cuối\s+)?năm\s+(?<year>(?:19|20)\d{2})|(?:trong\s+)?giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?(?<from>(?:19|20)\d{2})\s*(?:[-–—]|đến)\s*(?:năm\s+)?(?<year>(?:19|20)\d{2}))(?![\d])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadInClause();

    [GeneratedRegex(@"^(?:[-–+•]\s*)?(?:[a-zđ]\)\s*|\d+(?:\.\d+)*[.)]\s*)?(?:(?:các\s+)?(?:mục|chỉ)\s+tiêu(?:\s+cụ\s+thể)?\s*,?\s+)?(?<lead>(?:(?:phấn|phần)\s+đấu\s+)?(?:(?:đến|tới|trong|vào)\s+(?:hết\s+|cuối\s+)?năm\s+(?:19|20)\d{2}|(?:trong\s+)?giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?(?:19|20)\d{2}\s*(?:[-–—]|đến)\s*(?:năm\s+)?(?:19|20)\d{2}))(?<tail>[^\d:;]*)(?<colon>:)?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadLine();

    // A full stop (or ! ?) followed by a new sentence; "1.000" and "TP.HCM" have no space after the dot.
    [GeneratedRegex(@"[.!?…]\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@",\s*(?=(?:phấn đấu\s+|phần đầu\s+)?\d+(?:,\d+)?\s*%)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ValueListSplit();
}
