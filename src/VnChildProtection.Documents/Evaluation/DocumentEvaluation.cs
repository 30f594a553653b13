using System;
using System.Linq;
using VnChildProtection.Domain.Collections;

namespace VnChildProtection.Documents.Evaluation;

/// <summary>The scores of one imported document against its gold annotation, one per category.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record DocumentEvaluation
{
    /// <summary>Creates an evaluation.</summary>
    /// <param name="document">The document's name.</param>
    /// <param name="scores">One score per category.</param>
    public DocumentEvaluation(string document, ValueList<CategoryScore> scores)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(document);
        ArgumentNullException.ThrowIfNull(scores);
        Document = document;
        Scores = scores;
    }

    /// <summary>The document's name (the text file's name without extension).</summary>
    public string Document { get; }

    /// <summary>The scores, in the order of <see cref="EvaluationCategory"/>.</summary>
    public ValueList<CategoryScore> Scores { get; }

    /// <summary>The score of <paramref name="category"/>.</summary>
    /// <param name="category">The category.</param>
    /// <returns>Its score.</returns>
    /// <exception cref="InvalidOperationException">The category was not scored.</exception>
    public CategoryScore this[EvaluationCategory category] => Scores.First(s => s.Category == category);
}
