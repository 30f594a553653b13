using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>Every code example of <c>docs/targets.md</c>, verbatim, one test each.</summary>
public sealed class TargetsDocsExamples
{
    [Fact]
    public void Parse_Ct2_RendersAndEvaluates()
    {
        var target = Target.Parse("Tỷ lệ trẻ em đến 8 tuổi được tiếp cận các dịch vụ hỗ trợ chăm sóc phát triển toàn diện đạt 90% vào năm 2025 và 95% vào năm 2030").AsT0;
        Assert.Equal("đạt 90% vào năm 2025 và 95% vào năm 2030", target.ToString());
        Assert.Equal("at least 90% by 2025 and 95% by 2030", target.ToEnglishString());
        Assert.True(target.IsAchievedBy(92m, 2025));
        Assert.False(target.IsAchievedBy(92m, 2030));
    }

    [Fact]
    public void Parse_OtherShapes_Evaluate()
    {
        var reduction = Target.Parse("Phấn đấu giảm 20% số vụ trẻ em bị xâm hại, bạo lực, xâm hại tình dục so với năm 2023").AsT0;
        Assert.True(reduction.IsAchievedBy(40m, 2024, new TargetBaseline(2023, 50m)));
        var marriages = Target.Parse("duy trì mức giảm số cuộc tảo hôn từ 2 đến 3% hằng năm").AsT0;
        Assert.Equal(960.4m, marriages.ThresholdFor(2026, new TargetBaseline(2024, 1000m))!.Value.Value);
        var communes = Target.Parse("144/200 năm 2022 lên 150/200 năm 2023").AsT0;
        Assert.Equal(75m, communes.ThresholdFor(2023)!.Value.Value);
    }

    [Fact]
    public void SplitClauses_AndTypedErrors()
    {
        var clauses = Target.SplitClauses("- Chỉ tiêu 17: Tỷ lệ trẻ em hoàn thành cấp tiểu học đạt 97% vào năm 2025 và đạt 99% vào năm 2030: phấn đấu giảm tỷ lệ trẻ em bỏ học bậc tiểu học dưới 0,12% vào năm 2025 và dưới 0,1 % vào năm 2030.");
        Assert.Equal(2, clauses.Count);
        Assert.Equal("dưới 0,12% vào năm 2025 và 0,1% vào năm 2030", Target.Parse(clauses[1]).AsT0.ToString());
        var error = Target.Parse("Giảm tỷ lệ trẻ em bị xâm hại so với cùng kỳ năm 2019").AsT1;
        Assert.Equal("TARGET-REDUCTION-UNQUANTIFIED", error.Code);
    }
}
