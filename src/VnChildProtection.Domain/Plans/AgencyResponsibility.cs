using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans;

/// <summary>
/// What an agency is asked to do in the plan's organisation of implementation (<i>tổ chức thực hiện</i>): lead
/// (<i>chủ trì</i>), coordinate (<i>phối hợp</i>) or contribute (<i>góp phần</i>), for indicators by number or for a task.
/// </summary>
/// <remarks>
/// Seed 003 gives Sở Lao động - Thương binh và Xã hội the lead of indicators 1, 2, 8–12 and 22–24; seed 002 has Sở Tư pháp
/// only coordinate 13 and 14. This type is immutable and thread-safe.
/// </remarks>
public sealed record AgencyResponsibility
{
    /// <summary>The agency as named in the plan (<c>Sở Lao động - Thương binh và Xã hội</c>).</summary>
    public required string Agency { get; init; }

    /// <summary>The id of the agency kind in the <see cref="AgencyRegistry"/> the name resolved to, if it did.</summary>
    public string? AgencyId { get; init; }

    /// <summary>Lead, coordinate or contribute.</summary>
    public required ResponsibilityRole Role { get; init; }

    /// <summary>The indicators (by number) the responsibility covers; empty for a task-only responsibility.</summary>
    public ValueList<int> Indicators { get; init; } = ValueList<int>.Empty;

    /// <summary>The task, when the responsibility is for a task rather than indicators.</summary>
    public string? Task { get; init; }

    /// <summary>Where the responsibility is stated in the source text.</summary>
    public SourceSpan? Source { get; init; }
}
