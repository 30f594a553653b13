using System;
using System.Collections.Generic;
using System.Linq;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Plans;

namespace VnChildProtection.Documents.Evaluation;

/// <summary>
/// Measures import quality: compares an imported <see cref="PlanDocument"/> with a hand-checked
/// <see cref="GoldAnnotation"/> field by field and reports precision and recall per <see cref="EvaluationCategory"/>,
/// per document and over a corpus.
/// </summary>
/// <remarks>
/// <para>Only fields the gold format annotates are counted: responsibilities given for a task without indicator
/// numbers, and reporting deadlines without a day, are extracted but not scored by indicator (docs/import.md); the bodies
/// they name are scored as <see cref="EvaluationCategory.Assignments"/> when the gold annotates them.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ImportEvaluator
{
    /// <summary>Scores one imported plan against its gold annotation.</summary>
    /// <param name="document">The document's name, for the report.</param>
    /// <param name="plan">The imported plan.</param>
    /// <param name="gold">The gold annotation.</param>
    /// <returns>One score per category.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DocumentEvaluation Evaluate(string document, PlanDocument plan, GoldAnnotation gold)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(gold);
        var scores = Enum.GetValues<EvaluationCategory>()
            .Select(c => gold.Annotates(c) ? Compare(c, gold.ItemsFor(c), Extract(c, plan).ToArray()) : Compare(c, ValueList<string>.Empty, []))
            .ToValueList();
        return new DocumentEvaluation(document, scores);
    }

    /// <summary>Combines document evaluations into corpus scores (counts summed per category).</summary>
    /// <param name="documents">The per-document evaluations.</param>
    /// <returns>The corpus evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public static CorpusEvaluation Combine(IEnumerable<DocumentEvaluation> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToValueList();
        var overall = Enum.GetValues<EvaluationCategory>().Select(c =>
        {
            var scores = list.Select(d => d[c]).ToArray();
            return new CategoryScore(c, scores.Sum(s => s.Expected), scores.Sum(s => s.Extracted), scores.Sum(s => s.Matched),
                scores.SelectMany(s => s.Missed.Select(m => d(list, s) + ": " + m)).ToValueList(),
                scores.SelectMany(s => s.Spurious.Select(m => d(list, s) + ": " + m)).ToValueList());
        }).ToValueList();
        return new CorpusEvaluation(list, overall);

        static string d(ValueList<DocumentEvaluation> all, CategoryScore score) => all.First(e => e.Scores.Contains(score)).Document;
    }

    /// <summary>The keys an imported plan yields for <paramref name="category"/> (the same keys gold files are read into).</summary>
    /// <param name="category">The category.</param>
    /// <param name="plan">The imported plan.</param>
    /// <returns>The keys.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static IEnumerable<string> Extract(EvaluationCategory category, PlanDocument plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return category switch
        {
            EvaluationCategory.Header => EvaluationKeys.Header(plan.Header),
            EvaluationCategory.Citations => plan.LegalBases.Concat(plan.References).Select(c => EvaluationKeys.Citation(c.Text)).Distinct(StringComparer.Ordinal),
            EvaluationCategory.Indicators => plan.Indicators.SelectMany(i =>
                new[] { EvaluationKeys.Indicator(i.Objective, i.Number) }.Concat(
                    i.Targets.Where(t => t.Target is not null).SelectMany(t => EvaluationKeys.Values(t.Target!)).Select(v => EvaluationKeys.Value(i.Objective, i.Number, v)))),
            EvaluationCategory.Responsibilities => plan.Responsibilities
                .Where(r => r.AgencyId is not null)
                .SelectMany(r => r.Indicators.Select(n => EvaluationKeys.Responsibility(r.AgencyId!, r.Role.Name, n)))
                .Distinct(StringComparer.Ordinal),
            EvaluationCategory.Deadlines => plan.Reporting
                .Where(d => d.Due is not null || d.DueDate is not null)
                .Select(d => EvaluationKeys.Deadline(d.Due is { } due ? EvaluationKeys.Due(due) : EvaluationKeys.Iso(d.DueDate!.Value), d.Report, d.Tier?.Value)),
            EvaluationCategory.Tasks => plan.Tasks.Select(t => EvaluationKeys.Task(t.Number, t.Title)),
            EvaluationCategory.Recipients => plan.Reporting
                .Where(d => d.Recipient is { Length: > 0 })
                .SelectMany(d => EvaluationKeys.Bodies(d.Recipient!).Select(recipient => EvaluationKeys.Recipient(
                    d.Due is { } due ? EvaluationKeys.Due(due) : d.DueDate is { } date ? EvaluationKeys.Iso(date) : d.Within is { } within ? EvaluationKeys.Within(within.ToString()) : "-",
                    recipient, d.Via is { } via ? EvaluationKeys.Bodies(via).FirstOrDefault() : null))),
            EvaluationCategory.Assignments => plan.Responsibilities
                .Select(r => r.AgencyId ?? EvaluationKeys.Assignment(r.Agency))
                .Distinct(StringComparer.Ordinal),
            _ => [],
        };
    }

    private static CategoryScore Compare(EvaluationCategory category, ValueList<string> expected, string[] extracted)
    {
        var remaining = expected.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var spurious = new List<string>();
        var matched = 0;
        foreach (var key in extracted)
        {
            if (remaining.TryGetValue(key, out var count) && count > 0)
            {
                remaining[key] = count - 1;
                matched++;
            }
            else
            {
                spurious.Add(key);
            }
        }
        var missed = remaining.SelectMany(p => Enumerable.Repeat(p.Key, p.Value)).ToValueList();
        return new CategoryScore(category, expected.Count, extracted.Length, matched, missed, spurious.ToValueList());
    }
}
