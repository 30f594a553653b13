using System;
using VnChildProtection.Domain.Collections;

namespace VnChildProtection.Documents.Evaluation;

/// <summary>
/// Field-level precision and recall of one category: how many items the gold annotation expects, how many the import
/// extracted, how many match, and which did not.
/// </summary>
/// <remarks>
/// Items are compared as a multiset of keys (docs/import.md). Precision is 1 when nothing was extracted and recall 1
/// when nothing was expected, so an empty category does not drag an average down. This type is immutable and
/// thread-safe.
/// </remarks>
public sealed record CategoryScore
{
    /// <summary>Creates a score.</summary>
    /// <param name="category">The category.</param>
    /// <param name="expected">Items in the gold annotation.</param>
    /// <param name="extracted">Items the import produced.</param>
    /// <param name="matched">Items in both.</param>
    /// <param name="missed">Gold items not extracted.</param>
    /// <param name="spurious">Extracted items not in the gold.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or <paramref name="matched"/> exceeds a total.</exception>
    public CategoryScore(EvaluationCategory category, int expected, int extracted, int matched, ValueList<string> missed, ValueList<string> spurious)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expected);
        ArgumentOutOfRangeException.ThrowIfNegative(extracted);
        ArgumentOutOfRangeException.ThrowIfNegative(matched);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(matched, Math.Min(expected, extracted));
        ArgumentNullException.ThrowIfNull(missed);
        ArgumentNullException.ThrowIfNull(spurious);
        Category = category;
        Expected = expected;
        Extracted = extracted;
        Matched = matched;
        Missed = missed;
        Spurious = spurious;
    }

    /// <summary>The category.</summary>
    public EvaluationCategory Category { get; }

    /// <summary>Items in the gold annotation.</summary>
    public int Expected { get; }

    /// <summary>Items the import produced.</summary>
    public int Extracted { get; }

    /// <summary>Items in both.</summary>
    public int Matched { get; }

    /// <summary>Gold items the import did not produce, as keys.</summary>
    public ValueList<string> Missed { get; }

    /// <summary>Items the import produced that the gold does not have, as keys.</summary>
    public ValueList<string> Spurious { get; }

    /// <summary>Matched ÷ extracted (1 when nothing was extracted).</summary>
    public double Precision => Extracted == 0 ? 1 : (double)Matched / Extracted;

    /// <summary>Matched ÷ expected (1 when nothing was expected).</summary>
    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
