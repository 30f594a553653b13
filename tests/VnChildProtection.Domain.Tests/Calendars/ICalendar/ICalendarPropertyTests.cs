using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Calendars.ICalendar;
using VnChildProtection.Domain.Calendars.Reporting;

namespace VnChildProtection.Domain.Tests.Calendars.ICalendar;

public class ICalendarPropertyTests
{
    // Vietnamese letters (2-byte and 3-byte UTF-8), an emoji (4 bytes, a surrogate pair) and the characters TEXT escapes.
    private static readonly Gen<string> Texts =
        Gen.Elements("Báo cáo", " năm ", "trẻ em", "đột xuất", "Ủy ban", "Tết Trung thu", ";", ",", "\\", "\n", "\"", "☀", "🧒", "a", "x:y")
            .ArrayOf().Select(parts => string.Concat(parts)).Where(s => !string.IsNullOrWhiteSpace(s));

    private static readonly Gen<ReportDefinition> Definitions =
        from kind in Gen.Elements(ReportPeriodKind.List.Where(k => k.IsPeriodic).ToArray())
        from tiers in Gen.SubListOf(ReportingTier.List.ToArray()).Where(t => t.Count > 0)
        from rule in kind.PeriodsPerYear == 1
            ? Gen.OneOf(
                Gen.Choose(1, 28).SelectMany(d => Gen.Choose(1, 12).Select(m => DueDateRule.FixedDate(d, m))),
                Gen.Choose(0, 60).Select(DueDateRule.DaysAfterPeriodEnd))
            : Gen.OneOf(Gen.Choose(0, 60).Select(DueDateRule.DaysAfterPeriodEnd), Gen.Choose(1, 31).Select(d => DueDateRule.DayOfMonthAfterPeriod(d)))
        from title in Texts
        from english in Texts
        from id in Gen.Choose(0, 999)
        select new ReportDefinition("def-" + id, title, english, kind, tiers.Select(t => new TierDeadline(t, rule)), DataWindowRule.Decree09);

    private static readonly Gen<(ReportingSchedule Schedule, Instant Stamp)> Schedules =
        from count in Gen.Choose(0, 3)
        from definitions in Gen.ArrayOf(Definitions, count).Select(d => d.DistinctBy(x => x.Id).ToArray())
        from events in Gen.SubListOf(ChildProtectionEvents.Default.ToArray())
        from policy in Gen.Elements(DueDatePolicy.List.ToArray())
        from year in Gen.Choose(1950, 2090)
        from seconds in Gen.Choose(0, int.MaxValue)
        select (new ReportingCalendar(definitions, [], events, policy, Domain.Calendars.WorkingDayCalendar.Default).GetSchedule(year),
            Instant.FromUnixTimeSeconds(seconds));

    [Property(MaxTest = 300)]
    public Property IcalNet_ParsesEveryEventBack_WithSameDatesAndUids() =>
        Prop.ForAll(Schedules.ToArbitrary(), input =>
        {
            var writer = new ICalendarWriter();
            var text = writer.Write(input.Schedule, input.Stamp);
            var events = Ical.Net.Calendar.Load(text)!.Events.ToDictionary(e => e.Uid!);
            return events.Count == input.Schedule.Entries.Length
                && input.Schedule.Entries.All(entry =>
                    events.TryGetValue(writer.GetUid(entry), out var parsed)
                    && parsed.DtStart!.Date == ICalendarWriterTests.ToDateOnly(entry.Start)
                    && parsed.DtEnd!.Date == ICalendarWriterTests.ToDateOnly(entry.End.PlusDays(1))
                    && parsed.Summary == entry.Title
                    && parsed.Description == entry.Description);
        });

    [Property(MaxTest = 10_000)]
    public Property Folding_KeepsLinesWithin75Octets_AndNeverSplitsUtf8() =>
        Prop.ForAll(Texts.ToArbitrary(), Gen.Choose(1, 80).ToArbitrary(), (text, prefix) =>
        {
            var line = new string('X', prefix) + ":" + ContentLines.EscapeText(text);
            var output = new StringBuilder();
            ContentLines.AppendFolded(output, line);
            var folded = output.ToString();
            var physical = ICalendarWriterTests.Lines(folded);
            var bytes = Encoding.UTF8.GetBytes(folded);
            // Strict decoding fails on a split sequence; unfolding gives the line back.
            var decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return folded.EndsWith("\r\n", StringComparison.Ordinal)
                && physical.All(p => Encoding.UTF8.GetByteCount(p) <= 75 && !p.Contains('\r', StringComparison.Ordinal))
                && physical.Skip(1).All(p => p.StartsWith(' ') && !char.IsLowSurrogate(p[1]))
                && decoded.Replace("\r\n ", "", StringComparison.Ordinal) == line + "\r\n";
        });

    [Property(MaxTest = 10_000)]
    public Property Escaping_LeavesNoRawSpecials() =>
        Prop.ForAll(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null).ToArbitrary(), text =>
        {
            var escaped = ContentLines.EscapeText(text);
            var withoutEscapes = escaped.Replace(@"\\", "", StringComparison.Ordinal).Replace(@"\;", "", StringComparison.Ordinal)
                .Replace(@"\,", "", StringComparison.Ordinal).Replace(@"\n", "", StringComparison.Ordinal);
            return withoutEscapes.IndexOfAny([';', ',', '\\', '\n', '\r']) < 0;
        });
}
