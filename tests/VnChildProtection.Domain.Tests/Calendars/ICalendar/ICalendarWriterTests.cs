using System;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Testing;
using VnChildProtection.Domain.Calendars.ICalendar;
using VnChildProtection.Domain.Calendars.Reporting;

namespace VnChildProtection.Domain.Tests.Calendars.ICalendar;

public class ICalendarWriterTests
{
    private static readonly Instant Stamp = Instant.FromUtc(2025, 1, 2, 3, 4, 5);
    private static readonly ReportingSchedule LangSon2023 = ReportingCalendar.Default.WithRegime(ReportingRegimes.LangSon2023).GetSchedule(2023);

    [Fact]
    public void Write_IsParsedByIcalNet_WithEveryEventDateAndUid()
    {
        var text = new ICalendarWriter().Write(LangSon2023, Stamp);
        var calendar = Ical.Net.Calendar.Load(text)!;

        Assert.Equal("2.0", calendar.Version);
        Assert.Equal(ICalendarWriter.DefaultProductId, calendar.ProductId);
        Assert.Equal("GREGORIAN", calendar.Scale);
        var events = calendar.Events.ToDictionary(e => e.Uid!);
        Assert.Equal(LangSon2023.Entries.Length, events.Count);
        foreach (var entry in LangSon2023.Entries)
        {
            var parsed = events[entry.Id + "@vnchildprotection.domain"];
            Assert.False(parsed.DtStart!.HasTime);
            Assert.Equal(ToDateOnly(entry.Start), parsed.DtStart.Date);
            Assert.Equal(ToDateOnly(entry.End.PlusDays(1)), parsed.DtEnd!.Date);
            Assert.Equal(entry.Title, parsed.Summary);
            Assert.Equal(entry.Description, parsed.Description);
            Assert.Equal(new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc), parsed.DtStamp!.AsUtc);
        }

        var units = events["report/child-affairs-6-month/district/2023-H1@vnchildprotection.domain"];
        Assert.Equal(new DateOnly(2023, 5, 22), units.DtStart!.Date);
        Assert.Equal("Báo cáo 6 tháng công tác trẻ em – cấp huyện – 6 tháng đầu năm 2023", units.Summary);
        Assert.Equal(new DateOnly(2023, 6, 1), events["event/action-month/2023-06-01@vnchildprotection.domain"].DtStart!.Date);
        Assert.Equal(new DateOnly(2023, 7, 1), events["event/action-month/2023-06-01@vnchildprotection.domain"].DtEnd!.Date);
    }

    [Fact]
    public void Write_TwoRuns_GiveTheSameUidsAndText()
    {
        var first = new ICalendarWriter().Write(ReportingCalendar.Default.GetSchedule(2026), new FakeClock(Stamp));
        var second = new ICalendarWriter().Write(ReportingCalendar.Default.GetSchedule(2026), Stamp);
        Assert.Equal(first, second);
        var uids = Ical.Net.Calendar.Load(first)!.Events.Select(e => e.Uid).ToArray();
        Assert.Equal(uids.Distinct().Count(), uids.Length);
        Assert.Contains("report/child-affairs-annual/province/2026-Y@vnchildprotection.domain", uids);

        // A later export of the same schedule keeps the UIDs; only DTSTAMP moves.
        var later = new ICalendarWriter().Write(ReportingCalendar.Default.GetSchedule(2026), Stamp + Duration.FromDays(30));
        Assert.Equal(uids, Ical.Net.Calendar.Load(later)!.Events.Select(e => e.Uid));
    }

    [Fact]
    public void Write_HeaderAndLineEndings()
    {
        var text = new ICalendarWriter("-//Sở Y tế//Lịch trẻ em//VI", "treem.example.vn").Write(LangSon2023, Stamp);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sở Y tế//Lịch trẻ em//VI\r\nCALSCALE:GREGORIAN\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTAMP:20250102T030405Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTART;VALUE=DATE:20230522\r\nDTEND;VALUE=DATE:20230523\r\n", text, StringComparison.Ordinal);
        Assert.Contains("UID:report/child-affairs-6-month/district/2023-H1@treem.example.vn", text, StringComparison.Ordinal);
        Assert.All(Lines(text), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public void EscapeText_EscapesBackslashSemicolonCommaAndNewlines()
    {
        Assert.Equal(@"a\\b\;c\,d\ne\nf\ng", ContentLines.EscapeText("a\\b;c,d\ne\r\nf\rg"));
        Assert.Equal("tab\tkept, bell gone".Replace(",", "\\,", StringComparison.Ordinal), ContentLines.EscapeText("tab\tkept, bell\u0007 gone"));
    }

    [Fact]
    public void EscapedText_RoundTripsThroughIcalNet()
    {
        var tricky = new PlanDeadline("tricky", new LocalDate(2025, 3, 3), "Báo cáo; số liệu, \"trẻ em\" \\ dòng 1\ndòng 2",
            "Report; data, \"children\" \\ line 1\nline 2");
        var schedule = ReportingCalendar.Default.WithDefinitions([]).WithEvents([]).WithDeadlines([tricky]).GetSchedule(2025);
        var parsed = Assert.Single(Ical.Net.Calendar.Load(new ICalendarWriter().Write(schedule, Stamp))!.Events);
        Assert.Equal(tricky.Title, parsed.Summary);
        Assert.StartsWith(tricky.EnglishTitle, parsed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Fold_LongVietnameseLine_NeverSplitsACharacter()
    {
        var output = new StringBuilder();
        string line = "SUMMARY:" + string.Concat(Enumerable.Repeat("Tháng hành động vì trẻ em ", 8));
        ContentLines.AppendFolded(output, line);
        var physical = output.ToString().Split("\r\n")[..^1];
        Assert.True(physical.Length > 1);
        Assert.All(physical, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= 75));
        Assert.All(physical.Skip(1), p => Assert.StartsWith(" ", p, StringComparison.Ordinal));
        Assert.Equal(line, string.Concat(physical.Select((p, i) => i == 0 ? p : p[1..])));
    }

    [Fact]
    public void Constructor_RejectsMultiLineValues()
    {
        Assert.Throws<ArgumentException>(() => new ICalendarWriter("a\nb", "x"));
        Assert.Throws<ArgumentException>(() => new ICalendarWriter("a", " "));
    }

    internal static string[] Lines(string text) => text.Split("\r\n")[..^1];

    internal static DateOnly ToDateOnly(LocalDate date) => new(date.Year, date.Month, date.Day);
}
