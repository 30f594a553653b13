using System;
using System.Linq;
using VnChildProtection.Domain.Collections;

namespace VnChildProtection.Documents.Evaluation;

/// <summary>
/// The scores of a corpus: per document, and overall per category (micro-averaged: counts are summed over documents
/// before dividing, so a long plan weighs more than a short one).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CorpusEvaluation
{
    /// <summary>Creates a corpus evaluation.</summary>
    /// <param name="documents">The per-document evaluations.</param>
    /// <param name="overall">One overall score per category.</param>
    public CorpusEvaluation(ValueList<DocumentEvaluation> documents, ValueList<CategoryScore> overall)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(overall);
        Documents = documents;
        Overall = overall;
    }

    /// <summary>The per-document evaluations, in the order given.</summary>
    public ValueList<DocumentEvaluation> Documents { get; }

    /// <summary>The overall scores, in the order of <see cref="EvaluationCategory"/>.</summary>
    public ValueList<CategoryScore> Overall { get; }

    /// <summary>The overall score of <paramref name="category"/>.</summary>
    /// <param name="category">The category.</param>
    /// <returns>Its score.</returns>
    /// <exception cref="InvalidOperationException">The category was not scored.</exception>
    public CategoryScore this[EvaluationCategory category] => Overall.First(s => s.Category == category);
}
