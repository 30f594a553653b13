using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// What an import produced: a draft <see cref="PlanDocument"/> whose elements carry source spans, the import diagnostics
/// for what could not be read, and the source text the spans refer to.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlanImportResult
{
    /// <summary>The draft plan.</summary>
    public required PlanDocument Plan { get; init; }

    /// <summary>What could not be read, with where.</summary>
    public ValueList<ImportDiagnostic> Diagnostics { get; init; } = ValueList<ImportDiagnostic>.Empty;

    /// <summary>
    /// The confidence of the elements extracted by heuristics, by JSON path (<c>$.indicators[2].targets[0]</c>);
    /// elements not listed were read from unambiguous patterns. See <see cref="ImportedItem"/>.
    /// </summary>
    public ValueList<ImportedItem> Items { get; init; } = ValueList<ImportedItem>.Empty;

    /// <summary>The text the spans refer to.</summary>
    public required SourceText Source { get; init; }
}
