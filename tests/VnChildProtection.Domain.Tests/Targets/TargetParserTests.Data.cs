using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Tests.Targets;

/// <summary>Target clauses copied verbatim from the seed plans, with the target each states.</summary>
public sealed partial class TargetParserTests
{
    private static readonly IndicatorUnit Pct = IndicatorUnit.Percent;
    private static readonly IndicatorUnit PerK = IndicatorUnit.PerThousandLiveBirths;
    private static readonly IndicatorUnit Per100K = IndicatorUnit.PerHundredThousandChildren;

    private static Milestone AtLeast(int? year, decimal value) => new(year, TargetBound.AtLeast, value);

    private static Milestone AtMost(int? year, decimal value) => new(year, TargetBound.AtMost, value);

    private static Milestone Below(int? year, decimal value) => new(year, TargetBound.Below, value);

    private static Milestone Keep(int year, TargetBound bound, decimal value) => new(year, bound, value, isMaintained: true);

    private static ThresholdTarget T(IndicatorUnit unit, params Milestone[] milestones) => new(unit, milestones);

    /// <summary>(seed number, clause as written, expected target).</summary>
    public static TheoryData<int, string, Target> SeedClauses() => new()
    {
        // Seed 002, An Giang 2024: "- Chỉ tiêu N:" lines, one-year plan values without years.
        { 2, "Phấn đấu đến năm 2025 đạt 75% tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em[1]", T(Pct, AtLeast(2025, 75)) },
        { 2, "Tỷ lệ trẻ em đến 8 tuổi được tiếp cận các dịch vụ hỗ trợ chăm sóc phát triển toàn diện đạt 90%", T(Pct, AtLeast(null, 90)) },
        { 2, "Giảm tỷ suất tử vong trẻ sơ sinh dưới 9,5", T(PerK, Below(null, 9.5m)) },
        { 2, "Giảm tỷ suất tử vong trẻ em dưới 01 tuổi dưới 8,5", T(PerK, Below(null, 8.5m)) },
        { 2, "giảm tỷ suất tử vong trẻ em dưới 05 tuổi dưới 16,5", T(PerK, Below(null, 16.5m)) },
        { 2, "Phấn đấu giảm tỷ lệ trẻ em dưới 05 tuổi bị suy dinh dưỡng thể cân nặng xuống dưới 9,5%", T(Pct, Below(null, 9.5m)) },
        { 2, "giảm tỷ lệ trẻ em dưới 05 tuổi bị suy dinh dưỡng thể chiều cao xuống 19%", T(Pct, AtMost(null, 19)) },
        { 2, "Tỷ lệ trẻ em dưới 01 tuổi được tiêm chủng đầy đủ 8 loại vắc-xin đạt 90%", T(Pct, AtLeast(null, 90)) },
        { 2, "Giảm tỷ lệ lây truyền HIV từ mẹ sang con dưới 2%", T(Pct, Below(null, 2)) },
        { 2, "Duy trì 100% cơ sở giáo dục cho trẻ em có công trình vệ sinh đảm bảo an toàn vệ sinh", T(Pct, new Milestone(null, TargetBound.AtLeast, 100, isMaintained: true)) },
        { 2, "Giảm tỷ lệ trẻ em có hoàn cảnh đặc biệt xuống dưới 5%", T(Pct, Below(null, 5)) },
        { 2, "85% trẻ em có hoàn cảnh đặc biệt được chăm sóc, nuôi dưỡng, trợ giúp", T(Pct, AtLeast(null, 85)) },
        { 2, "Phấn đấu giảm 20% số vụ trẻ em bị xâm hại, bạo lực, xâm hại tình dục so với năm 2023", new RelativeReductionTarget(20, 2023) },
        { 2, "100% trường hợp trẻ em bị xâm hại tình dục phát hiện được hỗ trợ, quản lý cas kịp thời", T(Pct, AtLeast(null, 100)) },
        { 2, "Phấn đấu giảm tỷ lệ lao động trẻ em và người chưa thành niên từ 5 đến 17 tuổi xuống 4,9%", T(Pct, AtMost(null, 4.9m)) },
        { 2, "Giảm tỷ suất trẻ em bị tai nạn thương tích xuống 550/100.000 trẻ em", T(Per100K, AtMost(null, 550)) },
        { 2, "giảm tỷ suất trẻ em bị tử vong do tai nạn thương tích xuống còn 16/100.000 trẻ em", T(Per100K, AtMost(null, 16)) },
        { 2, "Từng bước xóa bỏ tình trạng tảo hôn, duy trì mức giảm số cuộc tảo hôn từ 2 đến 3% hằng năm", new AnnualReductionTarget(2, 3) },
        { 2, "Tỷ lệ trẻ em (11 đến 14 tuổi) hoàn thành chương trình tiểu học đạt 97%", T(Pct, AtLeast(null, 97)) },
        { 2, "phấn đấu giảm tỷ lệ trẻ em bỏ học bậc tiểu học dưới 0,3%", T(Pct, Below(null, 0.3m)) },
        { 2, "Phấn đấu 30% trẻ em từ 7 tuổi trở lên được hỏi ý kiến về các vấn đề của trẻ em với các hình thức phù hợp", T(Pct, AtLeast(null, 30)) },

        // Seed 003, Quảng Ninh 2021–2030: milestones for 2025 and 2030.
        { 3, "giảm tỷ suất tử vong trẻ sơ sinh xuống còn 6,5 trẻ /1.000 trẻ đẻ sống vào năm 2025 và 06 trẻ/1.000 trẻ đẻ sống vào năm 2030", T(PerK, AtMost(2025, 6.5m), AtMost(2030, 6)) },
        { 3, "giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống còn 14,5 trẻ/1.000 trẻ đẻ sống vào năm 2025 và 13 trẻ/1.000 trẻ đẻ sống vào năm 2030", T(PerK, AtMost(2025, 14.5m), AtMost(2030, 13)) },
        { 3, "tỷ lệ lây truyền HIV từ mẹ sang con là dưới 2% vào năm 2030", T(Pct, Below(2030, 2)) },
        { 3, "phần đầu 100% cơ sở giáo dục cho trẻ em có công trình vệ sinh vào năm 2025 và duy trì 100% đến năm 2030", T(Pct, AtLeast(2025, 100), Keep(2030, TargetBound.AtLeast, 100)) },
        { 3, "giảm tỷ lệ trẻ em có hoàn cảnh đặc biệt trên tổng số trẻ em là 1% vào năm 2025 và duy trì đến năm 2030", T(Pct, AtMost(2025, 1), Keep(2030, TargetBound.AtMost, 1)) },
        { 3, "100% trẻ em có hoàn cảnh đặc biệt được chăm sóc, nuôi dưỡng, trợ giúp vào năm 2025 và duy trì đến năm 2030", T(Pct, AtLeast(2025, 100), Keep(2030, TargetBound.AtLeast, 100)) },
        { 3, "giảm tỷ suất trẻ em bị tai nạn thương tích xuống 550/100.000 trẻ em vào năm 2025 và 500/100.000 vào năm 2030", T(Per100K, AtMost(2025, 550), AtMost(2030, 500)) },
        { 3, "từng bước xóa bỏ tình trạng tảo hôn, duy trì mức giảm số cuộc tảo hôn từ 3% đến 5% hằng năm giai đoạn từ năm 2025 đến năm 2030", new AnnualReductionTarget(3, 5, 2025, 2030) },
        { 3, "tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98,5% vào năm 2025, phần đầu 100% vào năm 2030", T(Pct, AtLeast(2025, 98.5m), AtLeast(2030, 100)) },
        { 3, "phần đầu giảm tỷ lệ trẻ em bỏ học bậc tiểu học dưới 0,08% vào năm 2025 và dưới 0,05 % vào năm 2030", T(Pct, Below(2025, 0.08m), Below(2030, 0.05m)) },
        { 3, "tỷ lệ trẻ em hoàn thành cấp trung học cơ sở đạt 99,99% vào năm 2025 và duy trì đến năm 2030", T(Pct, AtLeast(2025, 99.99m), Keep(2030, TargetBound.AtLeast, 99.99m)) },
        { 3, "phần đầu 100% trường học tiểu học, THCS, THPT có dịch vụ hỗ trợ tâm lý trẻ em vào năm 2025", T(Pct, AtLeast(2025, 100)) },
        { 3, "phần đầu 30% trẻ em từ 07 tuổi trở lên được hỏi ý kiến về các vấn đề của trẻ em với các hình thức phù hợp vào năm 2025 và 35% vào năm 2030", T(Pct, AtLeast(2025, 30), AtLeast(2030, 35)) },

        // Seeds 000 (Quảng Ngãi 2020) and 001 (Lạng Sơn 2023): bulleted or numbered sentences.
        { 0, "100% trẻ em có hoàn cảnh đặc biệt được bảo vệ, chăm sóc dưới các hình thức như", T(Pct, AtLeast(null, 100)) },
        { 0, "50% hộ gia đình, nhà trường, cộng đồng xã hội và trẻ em được phổ biến, tuyên truyền về các chính sách, pháp luật", T(Pct, AtLeast(null, 50)) },
        { 0, "Phân đầu 70% trẻ em khuyết tật được tiếp cận với các dịch vụ bảo vệ, chăm sóc, giáo dục trẻ em tại cộng đồng", T(Pct, AtLeast(null, 70)) },
        { 1, "Phần đầu tăng tỷ lệ xã, phường đạt tiêu chuẩn xã, phường phù hợp với trẻ em 144/200 năm 2022 lên 150/200 năm 2023", new CountFractionTarget(144, 200, 2022, 150, 200, 2023) },
        { 1, "95% cơ sở y tế cấp huyện, xã được tăng cường nâng cao năng lực y tế cung cấp dịch vụ chăm sóc sức khỏe cho trẻ em", T(Pct, AtLeast(null, 95)) },
        { 1, "Phần đầu 70% trẻ em được nâng cao nhận thức, năng lực về quyền tham gia của trẻ em", T(Pct, AtLeast(null, 70)) },
    };

    /// <summary>(seed number, clause as written, expected error code).</summary>
    public static TheoryData<int, string, string> SeedClausesWithErrors() => new()
    {
        { 0, "Giảm tỷ lệ trẻ em bị xâm hại so với cùng kỳ năm 2019", "TARGET-REDUCTION-UNQUANTIFIED" },
        { 2, "giảm tỷ lệ trẻ dưới 5 tuổi bị suy dinh dưỡng thể béo phì xuống dưới 7,5% đối với nông thôn và dưới 15% đối với thành thị", "TARGET-SEVERAL-GROUPS" },
        { 1, "Duy trì hệ thống cơ sở dữ liệu trẻ em các cấp", "TARGET-NOT-FOUND" },
    };
}
