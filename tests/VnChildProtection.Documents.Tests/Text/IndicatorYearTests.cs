using System.Linq;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Documents.Tests.Text;

/// <summary>A year written once at the end of a target sentence dates the earlier clauses that name no year, and only
/// those: a clause with its own year keeps it, and a year never reaches across a clause that names another one.</summary>
public class IndicatorYearTests
{
    private static readonly PlanTextImporter Importer = new();

    private static int?[] Years(string indicatorLine)
    {
        var text = $"""
            Số: 12/KH-UBND

            Lào Cai, ngày 10 tháng 3 năm 2022

            KẾ HOẠCH
            Thực hiện Chương trình hành động vì trẻ em năm 2022

            I. MỤC TIÊU

            {indicatorLine}

            II. TỔ CHỨC THỰC HIỆN

            1. Sở Tư pháp: chủ trì thực hiện chỉ tiêu 14.
            """;
        var indicator = Assert.Single(Importer.Import(text).Plan.Indicators);
        return indicator.Targets.Select(t => (t.Target as ThresholdTarget)?.Final.Year).ToArray();
    }

    [Fact]
    public void Import_TwoClausesAndOneTrailingYear_BothClausesTakeTheYear() =>
        Assert.Equal(new int?[] { 2025, 2025 }, Years(
            "- Chỉ tiêu 14: Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98%; tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh đạt 95% vào năm 2025."));

    [Fact]
    public void Import_ThreeClausesAndOneTrailingYear_EveryClauseTakesTheYear() =>
        Assert.Equal(new int?[] { 2025, 2025, 2025 }, Years(
            "- Chỉ tiêu 3: Giảm tỷ suất tử vong trẻ sơ sinh xuống dưới 10 trẻ/1.000 trẻ đẻ sống; giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 15 trẻ/1.000 trẻ đẻ sống; giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 22 trẻ/1.000 trẻ đẻ sống đến năm 2025."));

    [Fact]
    public void Import_FirstClauseHasItsOwnYear_KeepsIt() =>
        Assert.Equal(new int?[] { 2023, 2025 }, Years(
            "- Chỉ tiêu 14: Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98% vào năm 2023; tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh đạt 95% vào năm 2025."));

    [Fact]
    public void Import_ClauseWithAnotherYearInBetween_YearDoesNotReachAcrossIt() =>
        Assert.Equal(new int?[] { 2024, 2024, 2025 }, Years(
            "- Chỉ tiêu 14: Tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh đạt 90%; tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 92% vào năm 2024; tỷ lệ trẻ em được cấp mã số định danh đạt 95% vào năm 2025."));

    [Fact]
    public void Import_LastClauseWithTwoMilestones_DatesOnlyItself() =>
        Assert.Equal(new int?[] { null, 2030 }, Years(
            "- Chỉ tiêu 14: Tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh đạt 85%; tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 90% vào năm 2025 và 95% vào năm 2030."));

    [Fact]
    public void Import_YearLeadInForLaterClauses_DoesNotDateTheClauseBefore()
    {
        // "đến năm 2030:" introduces what follows; it is no trailing year of the clause before it.
        var years = Years("- Chỉ tiêu 14: Tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh đạt 85%; đến năm 2030: tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 95%.");
        Assert.Equal(3, years.Length);
        Assert.Null(years[0]);
    }

    [Fact]
    public void Import_Seeds_MilestoneYearsAreThoseWrittenInTheSentence()
    {
        // Seed 003 CT3: every clause carries "vào năm 2025 và ... vào năm 2030" itself; nothing is borrowed.
        var ct3 = Importer.Import(SeedCorpus.ReadSeed(3)).Plan.Indicators.Single(i => i.Number == 3);
        Assert.All(ct3.Targets, t => Assert.Equal(new int?[] { 2025, 2030 }, ((ThresholdTarget)t.Target!).Milestones.Select(m => m.Year)));
    }
}
