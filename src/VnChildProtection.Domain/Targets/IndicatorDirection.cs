namespace VnChildProtection.Domain.Targets;

/// <summary>Which way an indicator improves: up (coverage, completion) or down (mortality, abuse, dropout).</summary>
/// <remarks>Decision 23/QĐ-TTg phrases the first as <c>đạt</c> / <c>phấn đấu</c> and the second as <c>giảm ... xuống</c>.</remarks>
public enum IndicatorDirection
{
    /// <summary>Higher values are better (<c>đạt 90%</c>).</summary>
    HigherIsBetter = 1,

    /// <summary>Lower values are better (<c>giảm ... xuống dưới 4,5%</c>).</summary>
    LowerIsBetter = 2,
}
