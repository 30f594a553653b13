using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans;

/// <summary>
/// An administrative unit named in the plan (<c>tỉnh Quảng Ngãi</c>, <c>huyện Lý Sơn</c>), as written, with the code it
/// resolved to on the plan date when it did.
/// </summary>
/// <remarks>Used by the rule <c>unit-not-valid-on-date</c>. This type is immutable and thread-safe.</remarks>
public sealed record PlanUnitMention
{
    /// <summary>The unit as written.</summary>
    public required string Name { get; init; }

    /// <summary>The official code it resolved to, if it did.</summary>
    public string? Code { get; init; }

    /// <summary>Where the unit is named in the source text.</summary>
    public SourceSpan? Source { get; init; }
}
