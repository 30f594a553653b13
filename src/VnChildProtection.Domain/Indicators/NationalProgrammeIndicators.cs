using System.Collections.Generic;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// The 24 indicators of the National Programme of Action for Children 2021–2030 with their national targets:
/// Decision 23/QĐ-TTg of the Prime Minister, 07/01/2021, Article 1, section 1.1.2 (Mục tiêu cụ thể).
/// </summary>
/// <remarks>
/// <para>Values, bounds and years are transcribed from the Decision's text (copy in <c>tests/corpus/law/</c>);
/// <c>IndicatorsCatalogueLawTests</c> re-reads every number from that text. Where the text has a typo
/// (<c>dưới 18.5</c> with a decimal point in Chỉ tiêu 3) the evident value is used.</para>
/// <para>A value after <c>và</c> without its own bound word keeps the previous bound, as the text reads:
/// Chỉ tiêu 8 <c>xuống dưới 6,5% vào năm 2025 và 6% vào năm 2030</c> is below 6% in 2030.</para>
/// <para>Lead ministries: the Decision's copy here does not list them per indicator; they follow the
/// assignment by number repeated in provincial plans (seed 003, Quảng Ninh 2021, section IV: LĐTBXH 1, 2,
/// 8–12, 22–24; Education 7, 15–20; Health 3–6; Culture 21; Justice 14; Ethnic Committee 13), lifted to the
/// corresponding ministries. They name the bodies of 2021; the 2025 reorganisation (MOLISA's child affairs moved
/// to the Ministry of Health) is left to the agencies registry.</para>
/// <para>Rollup: every measure is a ratio of counts and sums numerators and denominators, except the number of
/// child marriages (Chỉ tiêu 13), a count that sums.</para>
/// </remarks>
internal static class NationalProgrammeIndicators
{
    private const string Molisa = "Bộ Lao động - Thương binh và Xã hội (Ministry of Labour, Invalids and Social Affairs)";
    private const string Moet = "Bộ Giáo dục và Đào tạo (Ministry of Education and Training)";
    private const string Moh = "Bộ Y tế (Ministry of Health)";
    private const string Mocst = "Bộ Văn hóa, Thể thao và Du lịch (Ministry of Culture, Sports and Tourism)";
    private const string Moj = "Bộ Tư pháp (Ministry of Justice)";
    private const string Cema = "Ủy ban Dân tộc (Committee for Ethnic Minority Affairs)";

    private const IndicatorDirection Up = IndicatorDirection.HigherIsBetter;
    private const IndicatorDirection Down = IndicatorDirection.LowerIsBetter;

    internal static IEnumerable<Indicator> All()
    {
        var development = IndicatorObjective.Development;
        var protection = IndicatorObjective.Protection;
        var education = IndicatorObjective.EducationAndCulture;
        var participation = IndicatorObjective.Participation;

        yield return I(1, development, "Xã, phường, thị trấn phù hợp với trẻ em", "Child-friendly communes", Molisa,
            M("Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em", "Share of communes meeting the child-friendly standard",
                IndicatorUnit.Percent, Up, "xã, phường, thị trấn (communes, wards, townships)", Pct(AtLeast(2025, 65), AtLeast(2030, 75))));
        yield return I(2, development, "Chăm sóc phát triển toàn diện trẻ em đến 8 tuổi", "Early childhood development services", Molisa,
            M("Tỷ lệ trẻ em đến 8 tuổi được tiếp cận các dịch vụ hỗ trợ chăm sóc phát triển toàn diện", "Share of children up to 8 with access to comprehensive development services",
                IndicatorUnit.Percent, Up, "trẻ em đến 8 tuổi (children up to 8)", Pct(AtLeast(2025, 90), AtLeast(2030, 95))));
        yield return I(3, development, "Tử vong trẻ em", "Child mortality", Moh,
            M("Tỷ suất tử vong trẻ sơ sinh", "Neonatal mortality rate", IndicatorUnit.PerThousandLiveBirths, Down,
                "trẻ sơ sinh, trên 1.000 trẻ đẻ sống (newborns, per 1,000 live births)", Rate1000(Below(2025, 9.5m), Below(2030, 9))) with { Disaggregation = BySexOfChild },
            M("Tỷ suất tử vong của trẻ em dưới 1 tuổi", "Infant (under-1) mortality rate", IndicatorUnit.PerThousandLiveBirths, Down,
                "trẻ em dưới 1 tuổi, trên 1.000 trẻ đẻ sống (under 1, per 1,000 live births)", Rate1000(AtMost(2025, 12.5m), AtMost(2030, 10))) with { Disaggregation = BySexOfChild },
            M("Tỷ suất tử vong trẻ em dưới 5 tuổi", "Under-5 mortality rate", IndicatorUnit.PerThousandLiveBirths, Down,
                "trẻ em dưới 5 tuổi, trên 1.000 trẻ đẻ sống (under 5, per 1,000 live births)", Rate1000(Below(2025, 18.5m), Below(2030, 15))) with { Disaggregation = BySexOfChild });
        yield return I(4, development, "Suy dinh dưỡng trẻ em dưới 5 tuổi", "Malnutrition of children under 5", Moh,
            M("Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể cân nặng theo tuổi", "Underweight (weight-for-age) prevalence under 5",
                IndicatorUnit.Percent, Down, "trẻ em dưới 5 tuổi (children under 5)", Pct(Below(2025, 9), Below(2030, 6))),
            M("Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể chiều cao theo tuổi", "Stunting (height-for-age) prevalence under 5",
                IndicatorUnit.Percent, Down, "trẻ em dưới 5 tuổi (children under 5)", Pct(AtMost(2025, 17), Below(2030, 15))),
            M("Tỷ lệ trẻ dưới 5 tuổi bị suy dinh dưỡng thể béo phì ở nông thôn", "Obesity prevalence under 5, rural",
                IndicatorUnit.Percent, Down, "trẻ em dưới 5 tuổi ở nông thôn (rural children under 5)", Pct(Below(2025, 5), Below(2030, 5))),
            M("Tỷ lệ trẻ dưới 5 tuổi bị suy dinh dưỡng thể béo phì ở thành thị", "Obesity prevalence under 5, urban",
                IndicatorUnit.Percent, Down, "trẻ em dưới 5 tuổi ở thành thị (urban children under 5)", Pct(Below(2025, 10), Below(2030, 10))));
        yield return I(5, development, "Tiêm chủng", "Immunisation", Moh,
            M("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ 8 loại vắc xin", "Share of children under 1 fully immunised with the 8 vaccines",
                IndicatorUnit.Percent, Up, "trẻ em dưới 1 tuổi (children under 1)", Pct(AtLeast(2025, 97), AtLeast(2030, 98))),
            M("Tỷ lệ trẻ em dưới 5 tuổi được tiêm chủng đầy đủ các loại vắc xin", "Share of children under 5 fully immunised with all vaccines",
                IndicatorUnit.Percent, Up, "trẻ em dưới 5 tuổi (children under 5)", Pct(AtLeast(2030, 98))));
        yield return I(6, development, "Lây truyền HIV từ mẹ sang con", "Mother-to-child transmission of HIV", Moh,
            M("Tỷ lệ lây truyền HIV từ mẹ sang con", "Mother-to-child HIV transmission rate",
                IndicatorUnit.Percent, Down, "trẻ sinh ra từ mẹ nhiễm HIV (children born to mothers with HIV)", Pct(AtMost(2030, 2))));
        yield return I(7, development, "Công trình vệ sinh trong cơ sở giáo dục", "Sanitation in education institutions", Moet,
            M("Tỷ lệ cơ sở giáo dục cho trẻ em có công trình vệ sinh", "Share of education institutions for children with sanitation facilities",
                IndicatorUnit.Percent, Up, "cơ sở giáo dục cho trẻ em (education institutions for children)",
                Pct(AtLeast(2025, 100), new Milestone(2030, TargetBound.AtLeast, 100, isMaintained: true))));

        yield return I(8, protection, "Trẻ em có hoàn cảnh đặc biệt", "Children in special circumstances", Molisa,
            M("Tỷ lệ trẻ em có hoàn cảnh đặc biệt trên tổng số trẻ em", "Share of children in special circumstances among all children",
                IndicatorUnit.Percent, Down, "trẻ em (all children under 16)", Pct(Below(2025, 6.5m), Below(2030, 6))) with { Aggregation = AggregationType.LastInPeriod, Disaggregation = BySexOfChild },
            M("Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc, nuôi dưỡng, trợ giúp", "Share of children in special circumstances cared for, raised or assisted",
                IndicatorUnit.Percent, Up, "trẻ em có hoàn cảnh đặc biệt (children in special circumstances)", Pct(AtLeast(2025, 90), AtLeast(2030, 95))) with { Aggregation = AggregationType.LastInPeriod, Disaggregation = BySexOfChild });
        yield return I(9, protection, "Trẻ em bị xâm hại", "Child abuse", Molisa,
            M("Tỷ lệ trẻ em bị xâm hại trên tổng số trẻ em", "Share of children abused among all children",
                IndicatorUnit.Percent, Down, "trẻ em (all children under 16)", Pct(Below(2025, 4.5m), Below(2030, 4))));
        yield return I(10, protection, "Lao động trẻ em", "Child labour", Molisa,
            M("Tỷ lệ lao động trẻ em và người chưa thành niên từ 5 đến 17 tuổi", "Child labour rate, ages 5 to 17",
                IndicatorUnit.Percent, Down, "trẻ em và người chưa thành niên từ 5 đến 17 tuổi (ages 5–17)", Pct(AtMost(2025, 4.9m), AtMost(2030, 4.5m))));
        yield return I(11, protection, "Tai nạn thương tích trẻ em", "Child injuries", Molisa,
            M("Tỷ suất trẻ em bị tai nạn thương tích", "Child injury rate", IndicatorUnit.PerHundredThousandChildren, Down,
                "trẻ em, trên 100.000 trẻ em (per 100,000 children)", Rate100k(AtMost(2025, 550), AtMost(2030, 500))),
            M("Tỷ suất trẻ em bị tử vong do tai nạn thương tích", "Child injury death rate", IndicatorUnit.PerHundredThousandChildren, Down,
                "trẻ em, trên 100.000 trẻ em (per 100,000 children)", Rate100k(AtMost(2025, 16), AtMost(2030, 15))));
        yield return I(12, protection, "Trẻ em gặp thiên tai, thảm họa", "Children in disasters", Molisa,
            M("Tỷ lệ trẻ em gặp thiên tai, thảm họa được cứu trợ, hỗ trợ kịp thời", "Share of disaster-affected children given timely relief",
                IndicatorUnit.Percent, Up, "trẻ em gặp thiên tai, thảm họa (disaster-affected children)",
                new ThresholdTarget(IndicatorUnit.Percent, TargetBound.AtLeast, 100)));
        yield return I(13, protection, "Tảo hôn", "Child marriage", Cema,
            M("Số cuộc tảo hôn", "Number of child marriages", IndicatorUnit.Count, Down,
                "các cuộc kết hôn có người chưa đủ tuổi kết hôn (marriages below the legal age)",
                new AnnualReductionTarget(2, 3, 2025, 2030), RollupPolicy.SumValues));
        yield return I(14, protection, "Đăng ký khai sinh", "Birth registration", Moj,
            M("Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh", "Share of children under 5 with registered births",
                IndicatorUnit.Percent, Up, "trẻ em dưới 5 tuổi (children under 5)", Pct(AtLeast(2025, 98.5m), AtLeast(2030, 100))));

        yield return I(15, education, "Phát triển phù hợp của trẻ em dưới 5 tuổi", "Developmentally on track under 5", Moet,
            M("Tỷ lệ trẻ em dưới 5 tuổi được phát triển phù hợp về sức khỏe, học tập và tâm lý xã hội", "Share of children under 5 developmentally on track in health, learning and psychosocial well-being",
                IndicatorUnit.Percent, Up, "trẻ em dưới 5 tuổi (children under 5)", Pct(AtLeast(2025, 99.1m), AtLeast(2030, 99.3m))));
        yield return I(16, education, "Huy động trẻ em 5 tuổi đi học mẫu giáo", "Pre-school enrolment at 5", Moet,
            M("Tỷ lệ huy động trẻ em 5 tuổi đi học mẫu giáo", "Pre-school enrolment rate of 5-year-olds",
                IndicatorUnit.Percent, Up, "trẻ em 5 tuổi (5-year-olds)", Pct(AtLeast(2025, 99.1m), AtLeast(2030, 99.3m))));
        yield return I(17, education, "Giáo dục tiểu học", "Primary education", Moet,
            M("Tỷ lệ trẻ em hoàn thành cấp tiểu học", "Primary completion rate",
                IndicatorUnit.Percent, Up, "trẻ em 11–14 tuổi (children aged 11–14)", Pct(AtLeast(2025, 97), AtLeast(2030, 99))),
            M("Tỷ lệ trẻ em bỏ học bậc tiểu học", "Primary dropout rate",
                IndicatorUnit.Percent, Down, "học sinh tiểu học (primary pupils)", Pct(Below(2025, 0.12m), Below(2030, 0.1m))));
        yield return I(18, education, "Giáo dục trung học cơ sở", "Lower-secondary education", Moet,
            M("Tỷ lệ trẻ em hoàn thành cấp trung học cơ sở", "Lower-secondary completion rate",
                IndicatorUnit.Percent, Up, "trẻ em tuổi trung học cơ sở (lower-secondary age)", Pct(AtLeast(2025, 88), AtLeast(2030, 93))),
            M("Tỷ lệ trẻ em bỏ học cấp trung học cơ sở", "Lower-secondary dropout rate",
                IndicatorUnit.Percent, Down, "học sinh trung học cơ sở (lower-secondary pupils)", Pct(Below(2025, 0.14m), Below(2030, 0.05m))));
        yield return I(19, education, "Hỗ trợ tâm lý trong trường học", "Psychological support in schools", Moet,
            M("Tỷ lệ trường học có dịch vụ hỗ trợ tâm lý trẻ em", "Share of schools with psychological support services for children",
                IndicatorUnit.Percent, Up, "trường học (schools)", Pct(AtLeast(2025, 95))));
        yield return I(20, education, "Giáo dục trẻ em khuyết tật", "Education of children with disabilities", Moet,
            M("Tỷ lệ trường học có cơ sở hạ tầng và tài liệu phù hợp với học sinh, sinh viên khuyết tật", "Share of schools with infrastructure and materials suited to students with disabilities",
                IndicatorUnit.Percent, Up, "trường học (schools)", Pct(AtLeast(2025, 55), AtLeast(2030, 60))),
            M("Tỷ lệ trẻ em khuyết tật có nhu cầu học tập được tiếp cận giáo dục chuyên biệt, giáo dục hòa nhập và hỗ trợ phục hồi chức năng phù hợp", "Share of children with disabilities and learning needs accessing special or inclusive education and rehabilitation",
                IndicatorUnit.Percent, Up, "trẻ em khuyết tật có nhu cầu học tập (children with disabilities and learning needs)", Pct(AtLeast(2025, 80), AtLeast(2030, 90))));
        yield return I(21, education, "Điểm văn hóa, vui chơi cho trẻ em", "Cultural and play spaces for children", Mocst,
            M("Tỷ lệ các xã, phường, thị trấn có điểm văn hóa, vui chơi dành cho trẻ em", "Share of communes with cultural and play spaces for children",
                IndicatorUnit.Percent, Up, "xã, phường, thị trấn (communes, wards, townships)", Pct(AtLeast(2025, 40), AtLeast(2030, 45))));

        yield return I(22, participation, "Trẻ em được hỏi ý kiến", "Children consulted", Molisa,
            M("Tỷ lệ trẻ em từ 07 tuổi trở lên được hỏi ý kiến về các vấn đề của trẻ em với các hình thức phù hợp", "Share of children aged 7 and over consulted on matters concerning children",
                IndicatorUnit.Percent, Up, "trẻ em từ 7 tuổi trở lên (children aged 7 and over)", Pct(AtLeast(2025, 30), AtLeast(2030, 35))));
        yield return I(23, participation, "Nhận thức về quyền tham gia", "Awareness of participation rights", Molisa,
            M("Tỷ lệ trẻ em được nâng cao nhận thức, năng lực về quyền tham gia của trẻ em", "Share of children with raised awareness and capacity on participation rights",
                IndicatorUnit.Percent, Up, "trẻ em (children)", Pct(AtLeast(2025, 85), AtLeast(2030, 90))));
        yield return I(24, participation, "Mô hình thúc đẩy quyền tham gia", "Participation models and activities", Molisa,
            M("Tỷ lệ trẻ em từ 11 tuổi trở lên được tham gia vào các mô hình, hoạt động thúc đẩy quyền tham gia của trẻ em", "Share of children aged 11 and over taking part in models and activities promoting participation",
                IndicatorUnit.Percent, Up, "trẻ em từ 11 tuổi trở lên (children aged 11 and over)", Pct(AtLeast(2025, 30), AtLeast(2030, 35))));
    }

    // Deaths and births, and children counted at the end of a period, are reported by sex (Thông tư 13/2021/TT-BLĐTBXH
    // disaggregates the children's statistics by sex); a count of children at a date is a stock, not summed over months.
    private static readonly CategoryCombination BySexOfChild = CategoryCombination.BySex;

    // Measures are lettered in the order given, so I() assigns ids and M() only carries the data.
    private static Indicator I(int number, IndicatorObjective objective, string vietnamese, string english, string lead, params MeasureData[] measures)
    {
        var id = new IndicatorId(number);
        var built = new IndicatorMeasure[measures.Length];
        for (var i = 0; i < measures.Length; i++)
        {
            var m = measures[i];
            built[i] = new IndicatorMeasure(new MeasureId(id, (char)('a' + i)), m.Vietnamese, m.English, m.Unit, m.Direction, m.Population, m.Target, m.Rollup, m.Aggregation, m.Disaggregation);
        }
        return new Indicator(id, objective, vietnamese, english, lead, built);
    }

    private static MeasureData M(string vietnamese, string english, IndicatorUnit unit, IndicatorDirection direction, string population, Target target,
        RollupPolicy rollup = RollupPolicy.SumNumeratorsAndDenominators) =>
        new(vietnamese, english, unit, direction, population, target, rollup);

    private static ThresholdTarget Pct(params Milestone[] milestones) => new(IndicatorUnit.Percent, milestones);

    private static ThresholdTarget Rate1000(params Milestone[] milestones) => new(IndicatorUnit.PerThousandLiveBirths, milestones);

    private static ThresholdTarget Rate100k(params Milestone[] milestones) => new(IndicatorUnit.PerHundredThousandChildren, milestones);

    private static Milestone AtLeast(int year, decimal value) => new(year, TargetBound.AtLeast, value);

    private static Milestone AtMost(int year, decimal value) => new(year, TargetBound.AtMost, value);

    private static Milestone Below(int year, decimal value) => new(year, TargetBound.Below, value);

    private sealed record MeasureData(string Vietnamese, string English, IndicatorUnit Unit, IndicatorDirection Direction, string Population, Target Target, RollupPolicy Rollup)
    {
        public AggregationType? Aggregation { get; init; }

        public CategoryCombination? Disaggregation { get; init; }
    }
}
