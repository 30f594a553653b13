using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Calendars;

/// <summary>
/// A relative time limit (thời hạn) as the law and plans state it: a count and a unit, <c>12 giờ</c>,
/// <c>03 ngày</c>, <c>05 ngày làm việc</c>, <c>1 tháng</c>; it turns into a <see cref="Deadline"/> once the event it
/// counts from (receipt of the information, a decision) is known.
/// </summary>
/// <remarks>
/// <para>Counting follows Civil Code 2015 art. 147–148 through <see cref="WorkingDayCalendar"/> and
/// <see cref="Deadline"/>: hours run from the instant of the event; days, working days and months start the day after
/// it; a period in months ends on the corresponding day of its last month, or that month's last day when it has none;
/// a last day that is a weekly rest day or holiday moves to the next working day. Limits in different units are not
/// ordered (3 days can be longer or shorter than 2 working days), so the type is not comparable.</para>
/// <para>The text form is <c>5 ngày làm việc</c> (no leading zero); <see cref="Parse"/> also reads <c>trong thời hạn 05
/// ngày làm việc</c>, text without diacritics and English (<c>5 working days</c>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class TimeLimit : IEquatable<TimeLimit>
{
    /// <summary>The smallest count, 1.</summary>
    public const int MinCount = 1;

    /// <summary>The largest count, 999: statutory limits are counted in tens of days at most.</summary>
    public const int MaxCount = 999;

    /// <summary>Creates a time limit.</summary>
    /// <param name="count">How many units, 1–999.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is outside 1–999.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public TimeLimit(int count, TimeLimitUnit unit)
    {
        Count = Preconditions.CheckRange(count, MinCount, MaxCount);
        Unit = Preconditions.CheckNotNull(unit);
    }

    /// <summary>A limit in hours (giờ), such as 12 hours (Decree 56/2017 art. 26.3).</summary>
    /// <param name="hours">1–999.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="hours"/> is outside 1–999.</exception>
    public static TimeLimit Hours(int hours) => new(hours, TimeLimitUnit.Hours);

    /// <summary>A limit in calendar days (ngày), such as 15 days (Decree 56/2017 art. 32.3).</summary>
    /// <param name="days">1–999.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1–999.</exception>
    public static TimeLimit Days(int days) => new(days, TimeLimitUnit.Days);

    /// <summary>A limit in working days (ngày làm việc), such as 5 working days (Decree 56/2017 art. 28.1).</summary>
    /// <param name="days">1–999.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1–999.</exception>
    public static TimeLimit WorkingDays(int days) => new(days, TimeLimitUnit.WorkingDays);

    /// <summary>A limit in months (tháng).</summary>
    /// <param name="months">1–999.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is outside 1–999.</exception>
    public static TimeLimit Months(int months) => new(months, TimeLimitUnit.Months);

    /// <summary>How many units: the 5 of <c>5 ngày làm việc</c>.</summary>
    public int Count { get; }

    /// <summary>The unit: hours, days, working days or months.</summary>
    public TimeLimitUnit Unit { get; }

    /// <summary>
    /// Reads a time limit: <c>5 ngày làm việc</c>, <c>trong thời hạn 03 ngày</c>, <c>trong vòng 12 giờ</c>,
    /// <c>không quá 12 giờ</c>, <c>12h</c>, <c>ba ngày</c>, <c>5 ngay lam viec</c>, <c>5 working days</c>, <c>1 month</c>.
    /// </summary>
    /// <param name="text">The text, NFC or NFD, any case.</param>
    /// <returns>The limit, or an error <c>TIMELIMIT-EMPTY</c>, <c>TIMELIMIT-COUNT</c> (no count, outside 1–999, or a
    /// count in words above ten, <c>mười lăm</c>) or
    /// <c>TIMELIMIT-UNIT</c> (no unit or an unknown one) whose position is in the normalised text
    /// (<see cref="VietnameseText.Normalize"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<TimeLimit, ParseError> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var normal = VietnameseText.Normalize(text);
        var key = VietnameseText.FoldKeepingLength(normal); // same length: positions in the key are positions in the text
        if (key.Length == 0)
        {
            return new ParseError(CalendarErrorCodes.TimeLimitEmpty, "The time limit is empty.", 0, 0, "");
        }
        var position = 0;
        foreach (var prefix in Prefixes)
        {
            if (key.StartsWith(prefix + " ", StringComparison.Ordinal) || key == prefix)
            {
                position = Math.Min(prefix.Length + 1, key.Length);
                break;
            }
        }
        var countEnd = position;
        while (countEnd < key.Length && key[countEnd] != ' ' && !(countEnd > position && char.IsAsciiDigit(key[countEnd - 1]) && !char.IsAsciiDigit(key[countEnd])))
        {
            countEnd++;
        }
        var countText = key[position..countEnd];
        if (countText.Length == 0)
        {
            return new ParseError(CalendarErrorCodes.TimeLimitCount, "The time limit has no count.", position, 0, "");
        }
        if (!TryReadCount(countText, out var count))
        {
            return new ParseError(CalendarErrorCodes.TimeLimitCount, "The count must be a number from 1 to 999 (digits, or a word from một to mười).",
                position, countText.Length, normal[position..countEnd]);
        }
        var unitStart = countEnd < key.Length && key[countEnd] == ' ' ? countEnd + 1 : countEnd;
        var unitText = key[unitStart..];
        var nextWord = unitText.Split(' ')[0];
        if (!char.IsAsciiDigit(countText[0]) && (NumberWords.ContainsKey(nextWord) || CompoundNumberWords.Contains(nextWord)))
        {
            // "mười lăm ngày": only one-word counts are read; refusing beats reading 10 with an unknown unit "lăm ngày".
            var end = unitStart + nextWord.Length;
            return new ParseError(CalendarErrorCodes.TimeLimitCount, "Counts above ten must be written in digits (15 ngày, not mười lăm ngày).",
                position, end - position, normal[position..end]);
        }
        if (unitText.Length == 0)
        {
            return new ParseError(CalendarErrorCodes.TimeLimitUnit, "The time limit has no unit (giờ, ngày, ngày làm việc, tháng).", unitStart, 0, "");
        }
        if (!Units.TryGetValue(unitText, out var unit))
        {
            return new ParseError(CalendarErrorCodes.TimeLimitUnit, "The unit must be giờ, ngày, ngày làm việc or tháng (hours, days, working days, months).",
                unitStart, unitText.Length, normal[unitStart..]);
        }
        return new TimeLimit(count, unit);
    }

    /// <summary>Reads a time limit, as <see cref="Parse"/> does, without an error value.</summary>
    /// <param name="text">The text; null gives <c>false</c>.</param>
    /// <param name="value">The limit when the text is one; otherwise null.</param>
    /// <returns>Whether the text is a time limit.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out TimeLimit? value)
    {
        value = text is null ? null : Parse(text).Match<TimeLimit?>(limit => limit, _ => null);
        return value is not null;
    }

    /// <summary>
    /// The deadline of this limit counted from an event at an instant (received information, a decision), on a
    /// working-day calendar.
    /// </summary>
    /// <param name="start">When the event happened.</param>
    /// <param name="calendar">The calendar that says which days are worked, usually <see cref="WorkingDayCalendar.Default"/>.</param>
    /// <returns>For hours, the instant <paramref name="start"/> + hours; for days, working days and months, the end of
    /// the period's last day in Vietnam (moved to the next working day when it is off).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period leaves the calendar's years 1900–2100.</exception>
    public Deadline DeadlineFrom(Instant start, WorkingDayCalendar calendar)
    {
        Preconditions.CheckNotNull(calendar);
        return Unit == TimeLimitUnit.Hours ? Deadline.After(start, Duration.FromHours(Count))
            : Unit == TimeLimitUnit.Days ? calendar.DeadlineInDays(start, Count)
            : Unit == TimeLimitUnit.WorkingDays ? calendar.DeadlineInWorkingDays(start, Count)
            : DeadlineFrom(start.InZone(Deadline.VietnamTimeZone).Date, calendar);
    }

    /// <summary>
    /// The deadline of a limit in days, working days or months counted from an event known only by its date.
    /// </summary>
    /// <param name="eventDate">The day of the event; it is not counted.</param>
    /// <param name="calendar">The calendar that says which days are worked.</param>
    /// <returns>The end of the period's last day in Vietnam (moved to the next working day when it is off).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The limit is in hours, which need the instant of the event
    /// (<see cref="TimeLimitUnit.EndsAtEndOfDay"/> is false).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period leaves the calendar's years 1900–2100.</exception>
    public Deadline DeadlineFrom(LocalDate eventDate, WorkingDayCalendar calendar)
    {
        Preconditions.CheckNotNull(calendar);
        if (Unit == TimeLimitUnit.Hours)
        {
            throw new InvalidOperationException("A time limit in hours runs from an instant; pass the instant of the event.");
        }
        return Deadline.EndOf(
            Unit == TimeLimitUnit.Days ? calendar.EndOfPeriodInDays(eventDate, Count)
            : Unit == TimeLimitUnit.WorkingDays ? calendar.AddWorkingDays(eventDate, Count)
            // Civil Code art. 148: the corresponding day of the last month, or its last day; PlusMonths clamps the same way.
            : calendar.NextWorkingDayOnOrAfter(eventDate.PlusMonths(Count)));
    }

    /// <summary>The canonical Vietnamese form, <c>5 ngày làm việc</c>, <c>12 giờ</c>; <see cref="Parse"/> reads it back.</summary>
    /// <returns>The count without leading zeros and the unit's Vietnamese name.</returns>
    public override string ToString() => Count.ToString(CultureInfo.InvariantCulture) + " " + Unit.VietnameseName;

    /// <summary>The English form, <c>5 working days</c>, <c>1 day</c>; <see cref="Parse"/> reads it back.</summary>
    /// <returns>The count and the unit's English name, singular for 1.</returns>
    public string ToEnglishString() =>
        Count.ToString(CultureInfo.InvariantCulture) + " " + (Count == 1 ? Unit.EnglishSingular : Unit.EnglishName);

    /// <inheritdoc />
    public bool Equals(TimeLimit? other) => other is not null && Count == other.Count && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TimeLimit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, Unit.Value);

    /// <summary>Value equality.</summary>
    public static bool operator ==(TimeLimit? left, TimeLimit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(TimeLimit? left, TimeLimit? right) => !(left == right);

    // Longest first, so that "trong thoi han" wins over "trong".
    private static readonly string[] Prefixes =
        ["trong thoi han", "trong thoi gian", "trong vong", "trong", "khong qua", "cham nhat sau", "cham nhat la", "cham nhat", "within", "no later than"];

    private static readonly Dictionary<string, TimeLimitUnit> Units = new(StringComparer.Ordinal)
    {
        ["gio"] = TimeLimitUnit.Hours, ["h"] = TimeLimitUnit.Hours, ["hour"] = TimeLimitUnit.Hours, ["hours"] = TimeLimitUnit.Hours,
        ["ngay"] = TimeLimitUnit.Days, ["day"] = TimeLimitUnit.Days, ["days"] = TimeLimitUnit.Days,
        ["ngay lam viec"] = TimeLimitUnit.WorkingDays, ["working day"] = TimeLimitUnit.WorkingDays, ["working days"] = TimeLimitUnit.WorkingDays,
        ["business day"] = TimeLimitUnit.WorkingDays, ["business days"] = TimeLimitUnit.WorkingDays,
        ["thang"] = TimeLimitUnit.Months, ["month"] = TimeLimitUnit.Months, ["months"] = TimeLimitUnit.Months,
    };

    // Folded number words; "nam" is năm (five) here, never the year, because it stands where the count does.
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["mot"] = 1, ["hai"] = 2, ["ba"] = 3, ["bon"] = 4, ["nam"] = 5, ["sau"] = 6, ["bay"] = 7, ["tam"] = 8, ["chin"] = 9, ["muoi"] = 10,
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    // Words that only continue a number: lăm/nhăm (5), mốt (1), tư (4), mươi (tens), linh/lẻ (and zero).
    private static readonly string[] CompoundNumberWords = ["lam", "nham", "mot", "tu", "muoi", "linh", "le", "tram"];

    private static bool TryReadCount(string text, out int count)
    {
        count = 0;
        if (char.IsAsciiDigit(text[0]))
        {
            foreach (var c in text)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
                // Stop before overflow; anything past 999 is refused anyway.
                count = Math.Min(count * 10 + (c - '0'), MaxCount + 1);
            }
            return count is >= MinCount and <= MaxCount;
        }
        return NumberWords.TryGetValue(text, out count);
    }
}
