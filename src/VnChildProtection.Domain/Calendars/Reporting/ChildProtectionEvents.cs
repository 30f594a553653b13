using System.Collections.Immutable;

namespace VnChildProtection.Domain.Calendars.Reporting;

/// <summary>
/// The yearly events of child-protection work named by the Law on Children and the seed plans: Action Month for
/// Children, International Children's Day, Mid-Autumn Festival, Lunar New Year, child-friendly commune evaluation,
/// and children's forums.
/// </summary>
/// <remarks>
/// <para>Sources: Law on Children 102/2016/QH13 art. 11 (the Action Month is held "vào tháng 6 hằng năm"; the law
/// gives no days, the plans run it 01/6–30/6, seed 001 section 5); Decision 06/2019/QĐ-TTg on child-friendly communes
/// (evaluation in November of years 2 and 4 of the five-year socio-economic plan, as quoted in seed 002, footnote 1);
/// Circular 29/2019/TT-BLĐTBXH on children's forums (no fixed date, so <see cref="ChildrensForum"/> takes one).
/// Seeds 001–003 name the Children's Day, Mid-Autumn and Tết activities.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ChildProtectionEvents
{
    /// <summary>Tháng hành động vì trẻ em: Action Month for Children, 1–30 June (Law on Children art. 11).</summary>
    public static YearlyEvent ActionMonth { get; } = YearlyEvent.OnSolarDates(
        "action-month", "Tháng hành động vì trẻ em", "Action Month for Children", 6, 1, 6, 30,
        "Luật Trẻ em 2016, Điều 11 (tháng 6 hằng năm)");

    /// <summary>Ngày Quốc tế thiếu nhi: International Children's Day, 1 June.</summary>
    public static YearlyEvent ChildrensDay { get; } = YearlyEvent.OnSolarDates(
        "childrens-day", "Ngày Quốc tế thiếu nhi", "International Children's Day", 6, 1, 6, 1);

    /// <summary>Tết Trung thu: Mid-Autumn Festival, lunar 15/8 (2025-10-06).</summary>
    public static YearlyEvent MidAutumn { get; } = YearlyEvent.OnLunarDate(
        "mid-autumn", "Tết Trung thu", "Mid-Autumn Festival", 8, 15);

    /// <summary>Tết Nguyên đán: Lunar New Year, lunar 1/1 (2026-02-17).</summary>
    public static YearlyEvent LunarNewYear { get; } = YearlyEvent.OnLunarDate(
        "tet", "Tết Nguyên đán", "Lunar New Year (Tết)", 1, 1);

    /// <summary>The child-friendly commune evaluation of the 2021–2025 plan and its successors (November 2022, 2024, 2027, 2029…).</summary>
    public static YearlyEvent ChildFriendlyCommuneEvaluation2021 { get; } = ChildFriendlyCommuneEvaluation(2021);

    /// <summary>The default events: Action Month, Children's Day, Mid-Autumn, Tết and the child-friendly commune
    /// evaluation counted from the 2021–2025 plan. Children's forums have no fixed date and are not included.</summary>
    public static ImmutableArray<YearlyEvent> Default { get; } =
        [ActionMonth, ChildrensDay, MidAutumn, LunarNewYear, ChildFriendlyCommuneEvaluation2021];

    /// <summary>Đánh giá, công nhận xã, phường phù hợp với trẻ em: the whole of November in years 2 and 4 of each
    /// five-year plan (Decision 06/2019/QĐ-TTg).</summary>
    /// <param name="planStartYear">The first year of any five-year plan (2021, 2026, …).</param>
    /// <returns>The event.</returns>
    public static YearlyEvent ChildFriendlyCommuneEvaluation(int planStartYear) => YearlyEvent.InYearsOfFiveYearPlan(
        "child-friendly-commune-evaluation", "Đánh giá, công nhận xã, phường phù hợp với trẻ em", "Child-friendly commune evaluation",
        11, planStartYear, [2, 4], "Quyết định 06/2019/QĐ-TTg");

    /// <summary>Diễn đàn trẻ em: a children's forum on the dates a province chooses (Circular 29/2019/TT-BLĐTBXH).</summary>
    /// <param name="startMonth">The first month.</param>
    /// <param name="startDay">The first day.</param>
    /// <param name="endMonth">The last month.</param>
    /// <param name="endDay">The last day.</param>
    /// <returns>The event.</returns>
    public static YearlyEvent ChildrensForum(int startMonth, int startDay, int endMonth, int endDay) => YearlyEvent.OnSolarDates(
        "childrens-forum", "Diễn đàn trẻ em", "Children's Forum", startMonth, startDay, endMonth, endDay, "Thông tư 29/2019/TT-BLĐTBXH");
}
