using System;
using System.IO;
using System.Linq;
using VnChildProtection.Documents.Evaluation;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Tests;
using Xunit.Abstractions;

namespace VnChildProtection.Documents.Tests.Corpus;

/// <summary>
/// The real 2025 plans of <c>tests/corpus/plans</c>, split once into dev (tuned on), holdout and holdout-2 (only measured):
/// every plan has a gold file, and the figures of docs/import.md do not fall back.
/// </summary>
public class PlanCorpusTests(ITestOutputHelper output)
{
    private static readonly PlanTextImporter Importer = new();

    private static string Folder(string split) => Path.Combine(SeedCorpus.Root, "plans", split);

    private static CorpusEvaluation Evaluate(string split) => ImportEvaluator.Combine(
        Directory.GetFiles(Folder(split), "*.md").OrderBy(f => f, StringComparer.Ordinal).Select(file =>
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var gold = GoldAnnotation.Parse(File.ReadAllText(Path.Combine(Folder(split), name + ".gold.json"))).AsT0;
            return ImportEvaluator.Evaluate(name, Importer.Import(File.ReadAllText(file)).Plan, gold);
        }));

    [Fact]
    public void Corpus_IsSplitFourDevEightHoldoutSixHoldout2_EveryPlanAnnotated()
    {
        Assert.Equal(4, Directory.GetFiles(Folder("dev"), "*.md").Length);
        Assert.Equal(8, Directory.GetFiles(Folder("holdout"), "*.md").Length);
        Assert.Equal(6, Directory.GetFiles(Folder("holdout-2"), "*.md").Length);
        foreach (var file in Directory.GetFiles(Path.Combine(SeedCorpus.Root, "plans"), "*.md", SearchOption.AllDirectories).Where(f => !f.EndsWith("SOURCES.md", StringComparison.Ordinal)))
        {
            var gold = Path.ChangeExtension(file, null) + ".gold.json";
            Assert.True(File.Exists(gold), gold);
            var annotation = GoldAnnotation.Parse(File.ReadAllText(gold)).AsT0;
            Assert.True(annotation.Annotates(EvaluationCategory.Assignments));
            Assert.True(annotation.Annotates(EvaluationCategory.Tasks), gold);
            Assert.True(annotation.Annotates(EvaluationCategory.Recipients), gold);
        }
    }

    // Floors a little under the figures measured at the end of tuning (docs/import.md), so that a change that makes
    // reading worse on either split is noticed.
    [Theory]
    [InlineData("dev", EvaluationCategory.Header, 0.95, 0.95)]
    [InlineData("dev", EvaluationCategory.Citations, 0.95, 0.95)]
    [InlineData("dev", EvaluationCategory.Indicators, 0.95, 0.95)]
    [InlineData("dev", EvaluationCategory.Deadlines, 0.95, 0.95)]
    [InlineData("dev", EvaluationCategory.Assignments, 0.9, 0.85)]
    [InlineData("dev", EvaluationCategory.Tasks, 0.95, 0.95)]
    [InlineData("dev", EvaluationCategory.Recipients, 0.95, 0.95)]
    [InlineData("holdout", EvaluationCategory.Header, HoldoutHeader, HoldoutHeader)]
    [InlineData("holdout", EvaluationCategory.Citations, HoldoutCitationsP, HoldoutCitationsR)]
    [InlineData("holdout", EvaluationCategory.Indicators, HoldoutIndicatorsP, HoldoutIndicatorsR)]
    [InlineData("holdout", EvaluationCategory.Deadlines, HoldoutDeadlinesP, HoldoutDeadlinesR)]
    [InlineData("holdout", EvaluationCategory.Assignments, HoldoutAssignmentsP, HoldoutAssignmentsR)]
    [InlineData("holdout", EvaluationCategory.Tasks, 0.65, 0.78)]
    [InlineData("holdout", EvaluationCategory.Recipients, 0.8, 0.8)]
    [InlineData("holdout-2", EvaluationCategory.Header, 0.95, 0.95)]
    [InlineData("holdout-2", EvaluationCategory.Citations, 0.95, 0.95)]
    [InlineData("holdout-2", EvaluationCategory.Indicators, 0.9, 0.4)]
    [InlineData("holdout-2", EvaluationCategory.Assignments, 0.95, 0.7)]
    [InlineData("holdout-2", EvaluationCategory.Tasks, 0.95, 0.95)]
    [InlineData("holdout-2", EvaluationCategory.Recipients, 0.85, 0.9)]
    public void Corpus_DoesNotFallBelowTheMeasuredFigures(string split, EvaluationCategory category, double precision, double recall)
    {
        var score = Evaluate(split)[category];
        output.WriteLine($"{split} {category}: P {score.Precision:P1} ({score.Matched}/{score.Extracted}), R {score.Recall:P1} ({score.Matched}/{score.Expected})");
        Assert.True(score.Precision >= precision, $"{split} {category} precision {score.Precision:P1}");
        Assert.True(score.Recall >= recall, $"{split} {category} recall {score.Recall:P1}");
    }

    // holdout-2 (and the new categories on holdout) measured once, after the gold was written and the reading of tasks
    // and recipients was tuned on dev only (docs/import.md): floors a little under the figures.
    // Measured once at the end of tuning (docs/import.md): header 100 / 100, citations 92.8 / 97.5, indicators
    // 68.1 / 63.2, deadlines 33.3 / 50.0, assignments 100 / 68.1. Below the targets: kept as measured.
    private const double HoldoutHeader = 0.95;
    private const double HoldoutCitationsP = 0.9;
    private const double HoldoutCitationsR = 0.95;
    private const double HoldoutIndicatorsP = 0.65;
    private const double HoldoutIndicatorsR = 0.6;
    private const double HoldoutDeadlinesP = 0.3;
    private const double HoldoutDeadlinesR = 0.45;
    private const double HoldoutAssignmentsP = 0.95;
    private const double HoldoutAssignmentsR = 0.65;
}
