using VnChildProtection.Domain.Measures;

namespace VnChildProtection.Domain.Tests.Measures;

/// <summary>Measures copied verbatim from the seed plans (0 Quảng Ngãi 2020, 1 Lạng Sơn 2023, 2 An Giang 2024, 3 Quảng Ninh 2021–2030).</summary>
public partial class MeasuresSeedCorpusTests
{
    public static TheoryData<int, string, string> Percentages { get; } = new()
    {
        { 0, "50%", "50" },
        { 0, "70%", "70" },
        { 1, "95%", "95" },
        { 1, "100%", "100" },
        { 2, "9,5%", "9.5" },
        { 2, "7,5%", "7.5" },
        { 2, "4,9%", "4.9" },
        { 2, "0,3%", "0.3" },
        { 2, "1,4%", "1.4" },
        { 3, "4,5%", "4.5" },
        { 3, "3,5%", "3.5" },
        { 3, "98,5%", "98.5" },
        { 3, "99,1%", "99.1" },
        { 3, "99,99%", "99.99" },
        { 3, "0,08%", "0.08" },
        { 3, "0,05 %", "0.05" },
        { 3, "0,02%", "0.02" },
    };

    public static TheoryData<int, string, string, string> Rates { get; } = new()
    {
        { 3, "6,5 trẻ /1.000 trẻ đẻ sống", "6.5", nameof(RateBase.PerThousandLiveBirths) },
        { 3, "06 trẻ/1.000 trẻ đẻ sống", "6", nameof(RateBase.PerThousandLiveBirths) },
        { 3, "09 trẻ/1.000 trẻ đẻ sống", "9", nameof(RateBase.PerThousandLiveBirths) },
        { 3, "08 trẻ/1.000 trẻ đẻ sống", "8", nameof(RateBase.PerThousandLiveBirths) },
        { 3, "14,5 trẻ/1.000 trẻ đẻ sống", "14.5", nameof(RateBase.PerThousandLiveBirths) },
        { 3, "550/100.000 trẻ em", "550", nameof(RateBase.PerHundredThousandChildren) },
        { 3, "500/100.000", "500", nameof(RateBase.PerHundredThousand) },
        { 3, "14/100.000 trẻ em", "14", nameof(RateBase.PerHundredThousandChildren) },
        { 3, "12/100.000", "12", nameof(RateBase.PerHundredThousand) },
        { 2, "550/100.000 trẻ em", "550", nameof(RateBase.PerHundredThousandChildren) },
        { 2, "16/100.000 trẻ em", "16", nameof(RateBase.PerHundredThousandChildren) },
    };

    public static TheoryData<int, string, long, long> Ratios { get; } = new()
    {
        { 1, "144/200", 144, 200 },
        { 1, "150/200", 150, 200 },
        { 2, "138/156", 138, 156 },
    };

    public static TheoryData<int, string, string, MoneyPeriod> Money { get; } = new()
    {
        { 2, "300.000đ", "300000", MoneyPeriod.None },
        { 2, "05 tỷ đồng", "5000000000", MoneyPeriod.None },
        { 2, "150 triệu đồng/năm", "150000000", MoneyPeriod.PerYear },
        { 2, "30 triệu đồng/năm", "30000000", MoneyPeriod.PerYear },
    };
}
