using VnChildProtection.Domain.Measures;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans;

/// <summary>
/// A budget statement of the plan (<i>kinh phí</i>): the sentence, the amount when one is stated
/// (<c>Cấp huyện bố trí trên 150 triệu đồng/năm</c>), and the level of government that funds it.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record BudgetLine
{
    /// <summary>The statement as written.</summary>
    public required string Text { get; init; }

    /// <summary>The amount, with its period (per year) when stated.</summary>
    public MoneyVnd? Amount { get; init; }

    /// <summary>The level that funds it as written (<c>tỉnh</c>, <c>huyện</c>, <c>xã</c>), when stated.</summary>
    public string? Level { get; init; }

    /// <summary>Where the statement is in the source text.</summary>
    public SourceSpan? Source { get; init; }
}
