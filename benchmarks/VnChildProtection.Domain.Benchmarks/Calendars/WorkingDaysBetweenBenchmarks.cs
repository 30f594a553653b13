using System;
using BenchmarkDotNet.Attributes;
using NodaTime;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Domain.Benchmarks.Calendars;

/// <summary>
/// <see cref="WorkingDayCalendar.WorkingDaysBetween"/> from 73 start dates of 2025 over realistic spans: a month, a
/// reporting year, a five-year plan period. Baseline: a day-by-day count over a dictionary of the scheduled days; a
/// day-by-day count asking the library's <see cref="WorkingDayCalendar.IsWorkingDay"/> is shown beside it.
/// </summary>
[MemoryDiagnoser]
public class WorkingDaysBetweenBenchmarks
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    // Delegates made once, so that neither count pays for allocating one per call.
    private static readonly Func<LocalDate, bool> Naive = WorkingDayArithmeticSamples.IsWorkingDay;
    private static readonly Func<LocalDate, bool> Library = Calendar.IsWorkingDay;

    /// <summary>Calendar days from start to end.</summary>
    [Params(30, 365, 1826)]
    public int SpanDays { get; set; }

    /// <summary>Fails the run if the baselines do not compute the library's answers.</summary>
    [GlobalSetup]
    public void CheckBaselineAgrees()
    {
        foreach (var start in WorkingDayArithmeticSamples.Starts)
        {
            int expected = Calendar.WorkingDaysBetween(start, start.PlusDays(SpanDays));
            if (Count(start, SpanDays, Naive) != expected || Count(start, SpanDays, Library) != expected)
            {
                throw new InvalidOperationException($"A day-by-day count disagrees with the library from {start}.");
            }
        }
    }

    /// <summary>Baseline: count day by day, deciding each day from the dictionary and the weekday.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveDayByDay()
    {
        int total = 0;
        foreach (var start in WorkingDayArithmeticSamples.Starts)
        {
            total += Count(start, SpanDays, Naive);
        }
        return total;
    }

    /// <summary>Day by day with the library's <see cref="WorkingDayCalendar.IsWorkingDay"/>.</summary>
    [Benchmark]
    public int DayByDayWithCalendar()
    {
        int total = 0;
        foreach (var start in WorkingDayArithmeticSamples.Starts)
        {
            total += Count(start, SpanDays, Library);
        }
        return total;
    }

    /// <summary>The library: a popcount over the per-year bit sets of working days.</summary>
    [Benchmark]
    public int WorkingDaysBetween()
    {
        int total = 0;
        foreach (var start in WorkingDayArithmeticSamples.Starts)
        {
            total += Calendar.WorkingDaysBetween(start, start.PlusDays(SpanDays));
        }
        return total;
    }

    // End counted, start not: the library's convention.
    private static int Count(LocalDate start, int spanDays, Func<LocalDate, bool> isWorkingDay)
    {
        int count = 0;
        for (int i = 1; i <= spanDays; i++)
        {
            if (isWorkingDay(start.PlusDays(i)))
            {
                count++;
            }
        }
        return count;
    }
}
