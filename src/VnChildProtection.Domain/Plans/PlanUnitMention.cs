using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Units;

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

    /// <summary>
    /// The level the text gives (<c>tỉnh</c> → province; <c>huyện</c>, <c>quận</c>, <c>thị xã</c> → district; <c>xã</c>,
    /// <c>phường</c>, <c>thị trấn</c>, <c>đặc khu</c> → commune), or null when it gives none (a bare name, <c>thành phố</c>).
    /// </summary>
    /// <remarks>A mention with a level and neither code nor proper name (<c>các huyện, thị xã, thành phố</c>, <c>cấp huyện</c>)
    /// names the whole tier.</remarks>
    public AdministrativeLevel? Level { get; init; }

    /// <summary>Where the unit is named in the source text.</summary>
    public SourceSpan? Source { get; init; }
}
