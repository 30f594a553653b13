namespace VnChildProtection.Domain.Measures;

/// <summary>The period an amount of money recurs over, if any (<c>30 triệu đồng/năm</c>).</summary>
public enum MoneyPeriod
{
    /// <summary>A one-off amount (<c>05 tỷ đồng</c>).</summary>
    None = 0,

    /// <summary>Per year (<c>/năm</c>), as in budget lines <c>trên 150 triệu đồng/năm</c> (seed 002).</summary>
    PerYear = 1,

    /// <summary>Per month (<c>/tháng</c>), as in monthly social allowances.</summary>
    PerMonth = 2,
}
