using System;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Measures;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Plans.Validation;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Tests.Plans.Json;
using VnChildProtection.Domain.Tests.Targets;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Plans.Validation;

/// <summary>
/// The validator never throws on generated or mutated plans, its diagnostics are well-formed and deterministic, and the
/// options only ever touch the rule they name.
/// </summary>
public partial class PlanValidatorProperties
{
    private static readonly PlanValidator Validator = new();

    private static readonly DiagnosticSeverity[] Severities = Enum.GetValues<DiagnosticSeverity>();

    // Text that looks like a citation, agency or unit but is not, plus extreme dates no real document has.
    private static readonly string[] Garbage =
    [
        "", " ", "Nghị định số", "số /NĐ-CP", "Quyết định số 99999999999/QĐ-TTg ngày 31 tháng 02 năm 99999",
        "Nghị định số 56/NĐ-CP ngày 00 tháng 00 năm 0000", "Luật Trẻ em năm -2016", "Thông tư số 29/2019/TT-BLĐTBXH ngày 32 tháng 13 năm 2019",
        "Căn cứ Căn cứ Căn cứ", "ngày 29 tháng 2 năm 2023", "ngày 1 tháng 1 năm 1", "Sở Sở Sở", "Ủy ban nhân dân huyện", "UBND",
        "huyện", "xã", "thành phố Long Xuyên thành phố Long Xuyên", "tỉnh Hà Tây", "huyện Không Tồn Tại", "\u0000", "😀", "\uD800", "a\uDC00", "\uFFFE",
        "Tie\u0302\u0301ng Vie\u0323\u0302t", new string('9', 40), new string('a', 500),
    ];

    [GeneratedRegex(@"^VNCP\d{4}$")]
    private static partial Regex CodePattern();

    [Property(MaxTest = 10_000)]
    public Property Validate_GeneratedPlans_NeverThrowsAndGivesWellFormedDiagnostics() =>
        Prop.ForAll(Arb.From(PlanDocumentGenerators.Documents()), plan => Validator.Validate(plan).All(IsWellFormed));

    [Property(MaxTest = 10_000)]
    public Property Validate_MutatedSeedPlan_NeverThrowsAndIsDeterministic() =>
        Prop.ForAll(Arb.From(MutatedPlans()), plan =>
        {
            var first = Validator.Validate(plan);
            return first.All(IsWellFormed) && first == Validator.Validate(plan);
        });

    [Property(MaxTest = 10_000)]
    public Property Validate_RuleDisabled_RemovesExactlyThatRulesDiagnostics() =>
        Prop.ForAll(Arb.From(AnyPlan()), Arb.From(Gen.Elements(PlanRule.List.ToArray())), (plan, rule) =>
        {
            var expected = Validator.Validate(plan).Where(d => d.Rule != rule).ToValueList();
            return new PlanValidator(PlanValidatorOptions.Default.WithRuleDisabled(rule)).Validate(plan) == expected;
        });

    [Property(MaxTest = 10_000)]
    public Property Validate_SeverityOverride_ChangesOnlyThatRulesSeverities() =>
        Prop.ForAll(Arb.From(AnyPlan()), Arb.From(Gen.Elements(PlanRule.List.ToArray())), Arb.From(Gen.Elements(Severities)), (plan, rule, severity) =>
        {
            var expected = Validator.Validate(plan)
                .Select(d => d.Rule == rule ? new Diagnostic(d.Rule, severity, d.Location, d.Message, d.MessageVietnamese) : d)
                .ToValueList();
            return new PlanValidator(PlanValidatorOptions.Default.WithSeverity(rule, severity)).Validate(plan) == expected;
        });

    [Fact]
    public void Validate_SeedPlan_ReportsTheSeedsMortalityInconsistencyOnly()
    {
        // The unmutated base must itself be realistic: seed 002's CT3 has neonatal 9,5 above infant 8,5.
        var diagnostics = Validator.Validate(SeedPlan());
        Assert.Contains(diagnostics, d => d.Rule == PlanRule.MortalityRatesInconsistent && d.Location.Path == "$.indicators[2].targets[0]");
        Assert.DoesNotContain(diagnostics, d => d.Rule == PlanRule.IssueDateMissing || d.Rule == PlanRule.ReportDeadlineOrder);
    }

    // Regressions found by the properties above.

    [Fact]
    public void Validate_CitationWithEmoji_IsReportedNotThrown()
    {
        // A well-formed surrogate pair used to be mistaken for a lone surrogate by the citation reader's NFC step.
        var plan = SeedPlan() with { LegalBases = ValueList.Of(new PlanCitation { Text = "Luật Trẻ em năm 2016 😀" }) };
        Assert.Contains(Validator.Validate(plan), d => d.Rule == PlanRule.CitationMalformed && d.Location.Path == "$.legalBases[0]");
    }

    [Fact]
    public void Validate_IssueYearOutsideTheCalendar_ChecksNoUnitDates()
    {
        var plan = SeedPlan() with { Header = SeedPlan().Header with { IssueDate = null, IssueYear = int.MaxValue } };
        var diagnostics = Validator.Validate(plan);
        Assert.Contains(diagnostics, d => d.Rule == PlanRule.IssueDateMissing);
        Assert.DoesNotContain(diagnostics, d => d.Rule == PlanRule.UnitNotValidOnDate);
    }

    [Theory]
    [InlineData("huyện Phú Tân\uD800")]
    [InlineData("huyện Phú Tân\uFFFE")]
    public void Validate_UnitNameNetCannotNormalise_MatchesNoUnit(string name)
    {
        var plan = SeedPlan() with { Units = ValueList.Of(new PlanUnitMention { Name = name, Code = name }) };
        Assert.DoesNotContain(Validator.Validate(plan), d => d.Rule == PlanRule.UnitNotValidOnDate);
    }

    [Fact]
    public void Validate_AgencyNameWithNonCharacter_IsAnUnknownAgency()
    {
        var plan = SeedPlan() with
        {
            Responsibilities = ValueList.Of(new AgencyResponsibility { Agency = "\uFFFE", Role = ResponsibilityRole.Lead, Indicators = ValueList.Of(1, 2, 3, 5) }),
        };
        Assert.Contains(Validator.Validate(plan), d => d.Rule == PlanRule.UnknownAgency && d.Location.Path == "$.responsibilities[0].agency");
    }

    private static bool IsWellFormed(Diagnostic d) =>
        CodePattern().IsMatch(d.Code)
        && PlanRule.List.Contains(d.Rule)
        && !string.IsNullOrWhiteSpace(d.Message)
        && !string.IsNullOrWhiteSpace(d.MessageVietnamese)
        && d.Location.Path.StartsWith('$');

    private static Gen<PlanDocument> AnyPlan() => Gen.OneOf(PlanDocumentGenerators.Documents(), MutatedPlans());

    private static Gen<PlanDocument> MutatedPlans() =>
        from count in Gen.Choose(1, 6)
        from mutations in Gen.ArrayOf(Mutation(), count)
        select mutations.Aggregate(SeedPlan(), (plan, mutate) => mutate(plan));

    // Built from seed 002 (Kế hoạch 177/KH-UBND, An Giang, 28/02/2024).
    internal static PlanDocument SeedPlan() => new()
    {
        Header = new PlanHeader
        {
            Number = "177/KH-UBND", Issuer = "Ủy ban nhân dân tỉnh An Giang", Place = "An Giang", IssueDate = new LocalDate(2024, 2, 28),
            IssueYear = 2024, Title = "Kế hoạch thực hiện công tác bảo vệ, chăm sóc trẻ em năm 2024", Signer = "Lê Văn Phước",
            NumberSource = new SourceSpan(310, 11, 9, 9), DateSource = new SourceSpan(420, 10, 11, 17),
        },
        LegalBases = ValueList.Of(
            new PlanCitation { Text = "Luật Trẻ em năm 2016", Source = new SourceSpan(1200, 20, 31, 8) },
            new PlanCitation { Text = "Nghị định số 56/NĐ-CP ngày 09 tháng 5 năm 2017 của Chính phủ", Source = new SourceSpan(1240, 60, 33, 8) },
            new PlanCitation { Text = "Chỉ thị số 28/CT-TW ngày 25 tháng 12 năm 2023 của Bộ Chính trị", Source = new SourceSpan(1500, 62, 37, 8) },
            new PlanCitation { Text = "Quyết định số 1086/QĐ-UBND ngày 25 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh An Giang", Source = new SourceSpan(2300, 80, 47, 8) }),
        References = ValueList.Of(
            new PlanCitation { Text = "Thông tư số 29/2019/TT-BLĐTBXH ngày 26 tháng 12 năm 2019", Source = new SourceSpan(30_000, 55, 261, 60) }),
        Sections = ValueList.Of(
            new PlanSection { Number = "I", Title = "MỤC ĐÍCH, YÊU CẦU", Level = 1 },
            new PlanSection { Number = "II", Title = "MỤC TIÊU, CHỈ TIÊU", Level = 1 },
            new PlanSection { Number = "1", Title = "Mục tiêu chung", Level = 2 },
            new PlanSection { Number = "2", Title = "Mục tiêu cụ thể", Level = 2 }),
        Objectives = ValueList.Of(new PlanObjective { Number = 1, Title = "Về phát triển toàn diện trẻ em, chăm sóc sức khỏe, dinh dưỡng cho trẻ em" }),
        Indicators = ValueList.Of(
            Indicator(1, "Phấn đấu đến năm 2025 đạt 75% tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em",
                Clause("đạt 75%", "CT1.a", new ThresholdTarget(IndicatorUnit.Percent, TargetBound.AtLeast, 75m, 2025))),
            Indicator(2, "Tỷ lệ trẻ em đến 8 tuổi được tiếp cận các dịch vụ hỗ trợ chăm sóc phát triển toàn diện đạt 90%",
                Clause("đạt 90%", "CT2.a", new ThresholdTarget(IndicatorUnit.Percent, TargetBound.AtLeast, 90m))),
            Indicator(3, "Giảm tỷ suất tử vong trẻ sơ sinh dưới 9,5; Giảm tỷ suất tử vong trẻ em dưới 01 tuổi dưới 8,5; giảm tỷ suất tử vong trẻ em dưới 05 tuổi dưới 16,5",
                Clause("dưới 9,5", "CT3.a", new ThresholdTarget(IndicatorUnit.PerThousandLiveBirths, TargetBound.Below, 9.5m)),
                Clause("dưới 8,5", "CT3.b", new ThresholdTarget(IndicatorUnit.PerThousandLiveBirths, TargetBound.Below, 8.5m)),
                Clause("dưới 16,5", "CT3.c", new ThresholdTarget(IndicatorUnit.PerThousandLiveBirths, TargetBound.Below, 16.5m))),
            Indicator(5, "Tỷ lệ trẻ em dưới 01 tuổi được tiêm chủng đầy đủ 8 loại vắc-xin đạt 90%",
                Clause("đạt 90%", "CT5.a", new ThresholdTarget(IndicatorUnit.Percent, TargetBound.AtLeast, 90m)))),
        Tasks = ValueList.Of(new PlanTask { Number = "6", Title = "Tiếp tục cập nhật dữ liệu về trẻ em và báo cáo, chia sẻ thông tin" }),
        Responsibilities = ValueList.Of(
            new AgencyResponsibility { Agency = "Sở Lao động - Thương binh và Xã hội", Role = ResponsibilityRole.Lead, Indicators = ValueList.Of(1, 2) },
            new AgencyResponsibility { Agency = "Sở Y tế", Role = ResponsibilityRole.Lead, Indicators = ValueList.Of(3, 5) },
            new AgencyResponsibility { Agency = "Sở Giáo dục và Đào tạo", Role = ResponsibilityRole.Coordinate, Indicators = ValueList.Of(2) },
            new AgencyResponsibility { Agency = "Ủy ban nhân dân các huyện, thị xã, thành phố", Role = ResponsibilityRole.Contribute }),
        Budget = ValueList.Of(new BudgetLine { Text = "Cấp huyện bố trí trên 150 triệu đồng/năm", Amount = new MoneyVnd(150_000_000m, MoneyPeriod.PerYear), Level = "huyện" }),
        Reporting = ValueList.Of(
            new PlanReportingDeadline { Text = "UBND cấp huyện báo cáo trước ngày 10/12", Report = "năm", Tier = ReportingTier.District, Due = new AnnualDate(12, 10) },
            new PlanReportingDeadline { Text = "Sở Lao động - Thương binh và Xã hội báo cáo UBND tỉnh trước ngày 15/12", Report = "năm", Tier = ReportingTier.Province, Due = new AnnualDate(12, 15) },
            new PlanReportingDeadline { Text = "UBND tỉnh báo cáo Bộ trước ngày 20/12", Report = "năm", Tier = ReportingTier.Ministry, Due = new AnnualDate(12, 20) }),
        Units = ValueList.Of(
            new PlanUnitMention { Name = "thành phố Long Xuyên" },
            new PlanUnitMention { Name = "thị xã Tân Châu" },
            new PlanUnitMention { Name = "huyện Thoại Sơn" },
            new PlanUnitMention { Name = "huyện Phú Tân" }),
    };

    private static PlanIndicator Indicator(int number, string text, params PlanTarget[] targets) =>
        new() { Number = number, Objective = 1, Text = text, Targets = targets.ToValueList() };

    private static PlanTarget Clause(string text, string measure, Target target) =>
        new() { Text = text, Measure = MeasureId.Parse(measure).AsT0, Target = target };

    private static Gen<string> GarbageText() => Gen.OneOf(Gen.Elements(Garbage), PlanDocumentGenerators.Text(), TargetGenerators.Noise());

    private static Gen<string?> MaybeGarbage() => Gen.OneOf(Gen.Constant<string?>(null), GarbageText().Select(s => (string?)s));

    private static Gen<int> ExtremeInt() => Gen.OneOf(Gen.Elements(0, -1, 1, 99, int.MinValue, int.MaxValue, IndicatorId.MaxValue, IndicatorId.MaxValue + 1), Gen.Choose(-5, 20));

    private static Gen<LocalDate> ExtremeDate() => Gen.OneOf(
        Gen.Elements(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(1, 1, 1), new LocalDate(1900, 1, 1), new LocalDate(2100, 12, 31), new LocalDate(2024, 2, 29)),
        PlanDocumentGenerators.Dates());

    private static Gen<AnnualDate> AnyAnnualDate() =>
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(2024, month))
        select new AnnualDate(month, day);

    private static Gen<MeasureId> UnknownOrKnownMeasure() => Gen.OneOf(
        Gen.Elements(MeasureId.Parse("CT3.z").AsT0, MeasureId.Parse("CT999.a").AsT0, MeasureId.Parse("CT3.a").AsT0, MeasureId.Parse("CT3.c").AsT0, MeasureId.Parse("CT1.a").AsT0),
        PlanDocumentGenerators.Measures());

    // Extreme but constructible targets: values at decimal's edges, years at the milestone limits, zero.
    private static Gen<Target?> ExtremeTarget() => Gen.OneOf(
        Gen.Constant<Target?>(null),
        TargetGenerators.Targets().Select(t => (Target?)t),
        from unit in Gen.Elements(IndicatorUnit.List.ToArray())
        from bound in Gen.Elements(Enum.GetValues<TargetBound>())
        from value in Gen.Elements(0m, 0.0000001m, 100m, 100.1m, 1e20m, decimal.MaxValue)
        from year in Gen.Elements<int?>(null, 1900, 2100, 2024)
        select (Target?)new ThresholdTarget(unit, bound, value, year));

    private static Gen<SourceSpan?> Span() => Gen.OneOf(Gen.Constant<SourceSpan?>(null), PlanDocumentGenerators.Spans(), Gen.Constant<SourceSpan?>(new SourceSpan(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue)));

    private static Gen<Func<PlanDocument, PlanDocument>> Mutation() => Gen.OneOf(
        // Header
        from number in MaybeGarbage() from draft in Gen.Elements(false, true)
        select Mutate(p => p with { Header = p.Header with { Number = number, IsDraft = draft } }),
        from date in Gen.OneOf(Gen.Constant<LocalDate?>(null), ExtremeDate().Select(d => (LocalDate?)d)) from year in Gen.OneOf(Gen.Constant<int?>(null), ExtremeInt().Select(y => (int?)y))
        select Mutate(p => p with { Header = p.Header with { IssueDate = date, IssueYear = year } }),
        from issuer in MaybeGarbage() from place in MaybeGarbage() from title in MaybeGarbage() from span in Span()
        select Mutate(p => p with { Header = p.Header with { Issuer = issuer, Place = place, Title = title, NumberSource = span, DateSource = span } }),
        // Citations
        from edit in ListEdit<PlanCitation>() select Mutate(p => p with { LegalBases = edit(p.LegalBases) }),
        from edit in ListEdit<PlanCitation>() select Mutate(p => p with { References = edit(p.References) }),
        from at in Gen.Choose(0, 10) from text in GarbageText() from span in Span()
        select Mutate(p => p with { LegalBases = Replace(p.LegalBases, at, c => c with { Text = text, Source = span }) }),
        from text in GarbageText() select Mutate(p => p with { References = p.References.Append(new PlanCitation { Text = text }).ToValueList() }),
        // Sections and objectives
        from edit in ListEdit<PlanSection>() select Mutate(p => p with { Sections = edit(p.Sections) }),
        from at in Gen.Choose(0, 10) from number in GarbageText() from level in ExtremeInt()
        select Mutate(p => p with { Sections = Replace(p.Sections, at, s => s with { Number = number, Level = level }) }),
        from at in Gen.Choose(0, 10) from number in ExtremeInt() select Mutate(p => p with { Objectives = Replace(p.Objectives, at, o => o with { Number = number }) }),
        // Indicators and their typed targets
        from edit in ListEdit<PlanIndicator>() select Mutate(p => p with { Indicators = edit(p.Indicators) }),
        from at in Gen.Choose(0, 10) from number in ExtremeInt() from objective in Gen.OneOf(Gen.Constant<int?>(null), ExtremeInt().Select(o => (int?)o)) from text in GarbageText()
        select Mutate(p => p with { Indicators = Replace(p.Indicators, at, i => i with { Number = number, Objective = objective, Text = text }) }),
        from at in Gen.Choose(0, 10) from edit in ListEdit<PlanTarget>()
        select Mutate(p => p with { Indicators = Replace(p.Indicators, at, i => i with { Targets = edit(i.Targets) }) }),
        from at in Gen.Choose(0, 10) from clause in Gen.Choose(0, 10) from measure in Gen.OneOf(Gen.Constant<MeasureId?>(null), UnknownOrKnownMeasure().Select(m => (MeasureId?)m))
        from target in ExtremeTarget() from text in GarbageText() from span in Span()
        select Mutate(p => p with
        {
            Indicators = Replace(p.Indicators, at, i => i with { Targets = Replace(i.Targets, clause, t => t with { Measure = measure, Target = target, Text = text, Source = span }) }),
        }),
        // Responsibilities
        from edit in ListEdit<AgencyResponsibility>() select Mutate(p => p with { Responsibilities = edit(p.Responsibilities) }),
        from at in Gen.Choose(0, 10) from agency in GarbageText() from id in MaybeGarbage() from role in Gen.Elements(ResponsibilityRole.List.ToArray()) from task in MaybeGarbage()
        select Mutate(p => p with { Responsibilities = Replace(p.Responsibilities, at, r => r with { Agency = agency, AgencyId = id, Role = role, Task = task }) }),
        from at in Gen.Choose(0, 10) from numbers in Gen.ArrayOf(ExtremeInt())
        select Mutate(p => p with { Responsibilities = Replace(p.Responsibilities, at, r => r with { Indicators = numbers.ToValueList() }) }),
        // Budget
        from edit in ListEdit<BudgetLine>() from money in Gen.OneOf(Gen.Constant<MoneyVnd?>(null), PlanDocumentGenerators.Money().Select(m => (MoneyVnd?)m)) from level in MaybeGarbage()
        select Mutate(p => p with { Budget = Replace(edit(p.Budget), 0, b => b with { Amount = money, Level = level }) }),
        // Reporting deadlines
        from edit in ListEdit<PlanReportingDeadline>() select Mutate(p => p with { Reporting = edit(p.Reporting) }),
        from at in Gen.Choose(0, 10) from tier in Gen.OneOf(Gen.Constant<ReportingTier?>(null), Gen.Elements(ReportingTier.List.ToArray()).Select(t => (ReportingTier?)t))
        from due in Gen.OneOf(Gen.Constant<AnnualDate?>(null), AnyAnnualDate().Select(d => (AnnualDate?)d))
        from dueDate in Gen.OneOf(Gen.Constant<LocalDate?>(null), ExtremeDate().Select(d => (LocalDate?)d)) from report in MaybeGarbage() from text in GarbageText()
        select Mutate(p => p with { Reporting = Replace(p.Reporting, at, d => d with { Tier = tier, Due = due, DueDate = dueDate, Report = report, Text = text }) }),
        // Unit mentions
        from edit in ListEdit<PlanUnitMention>() select Mutate(p => p with { Units = edit(p.Units) }),
        from at in Gen.Choose(0, 10) from name in GarbageText() from code in MaybeGarbage() from span in Span()
        select Mutate(p => p with { Units = Replace(p.Units, at, u => u with { Name = name, Code = code, Source = span }) }));

    private static Func<PlanDocument, PlanDocument> Mutate(Func<PlanDocument, PlanDocument> mutation) => mutation;

    // Drops, duplicates or swaps items, or empties the list; indexes wrap so every edit applies to any length.
    private static Gen<Func<ValueList<T>, ValueList<T>>> ListEdit<T>() =>
        from kind in Gen.Choose(0, 4)
        from i in Gen.Choose(0, 10)
        from j in Gen.Choose(0, 10)
        select (Func<ValueList<T>, ValueList<T>>)(list =>
        {
            if (list.Count == 0)
            {
                return list;
            }
            var items = list.ToList();
            var a = i % items.Count;
            var b = j % items.Count;
            switch (kind)
            {
                case 0:
                    items.RemoveAt(a);
                    break;
                case 1:
                    items.Insert(b, items[a]);
                    break;
                case 2:
                    (items[a], items[b]) = (items[b], items[a]);
                    break;
                case 3:
                    items.Reverse();
                    break;
                default:
                    items.Clear();
                    break;
            }
            return items.ToValueList();
        });

    private static ValueList<T> Replace<T>(ValueList<T> list, int at, Func<T, T> change) =>
        list.Count == 0 ? list : list.Select((item, index) => index == at % list.Count ? change(item) : item).ToValueList();
}
