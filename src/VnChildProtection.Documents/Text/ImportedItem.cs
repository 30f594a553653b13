using System;
using System.Globalization;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// How sure the importer is of one element it extracted by heuristics: the element's JSON path in the plan
/// (<c>$.indicators[2].targets[1]</c>, <c>$.responsibilities[0]</c>), a confidence between 0 and 1, and the reason.
/// </summary>
/// <remarks>
/// <para>The plan model has no confidence property, so the import result keeps this index beside the plan. Paths use
/// the camelCase property names of <see cref="VnChildProtection.Domain.Plans.PlanDocument"/> and zero-based indices.
/// Elements read from an unambiguous pattern (a <c>Chỉ tiêu N:</c> label, a <c>Số:</c> line) are 1; the
/// documented heuristics (a responsibility without a role verb read as lead, a reporting tier inferred from the
/// sentence, a measure matched by wording) are lower. See docs/import.md for the scale.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ImportedItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="path">The JSON path of the element, starting with <c>$</c>.</param>
    /// <param name="confidence">The confidence, 0 to 1.</param>
    /// <param name="reason">Why the confidence is what it is, in English.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> does not start with <c>$</c> or <paramref name="reason"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not between 0 and 1.</exception>
    public ImportedItem(string path, double confidence, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (!path.StartsWith('$'))
        {
            throw new ArgumentException("A JSON path starts with '$'.", nameof(path));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(confidence, 0d);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(confidence, 1d);
        Path = path;
        Confidence = confidence;
        Reason = reason;
    }

    /// <summary>The JSON path of the element in the plan (<c>$.reporting[1]</c>).</summary>
    public string Path { get; }

    /// <summary>The confidence, between 0 and 1.</summary>
    public double Confidence { get; }

    /// <summary>Why, in English.</summary>
    public string Reason { get; }

    /// <summary>Returns <c>path confidence reason</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path} {Confidence:0.00} {Reason}");
}
