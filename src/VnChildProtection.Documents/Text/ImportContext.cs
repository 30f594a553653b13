using System.Collections.Generic;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Text;

/// <summary>What the extractors share while one document is imported: its text, paragraphs and section map, and
/// the diagnostics and confidence items they collect.</summary>
internal sealed class ImportContext
{
    public ImportContext(SourceText source, IReadOnlyList<PlanParagraph> paragraphs, PlanOutline outline)
    {
        Source = source;
        Paragraphs = paragraphs;
        Outline = outline;
    }

    public SourceText Source { get; }

    public IReadOnlyList<PlanParagraph> Paragraphs { get; }

    public PlanOutline Outline { get; }

    public List<ImportDiagnostic> Diagnostics { get; } = new();

    public List<ImportedItem> Items { get; } = new();

    public void Report(string code, string message, string messageVietnamese, SourceSpan span) =>
        Diagnostics.Add(new ImportDiagnostic(code, message, messageVietnamese, span));

    public void Rate(string path, double confidence, string reason) => Items.Add(new ImportedItem(path, confidence, reason));
}
