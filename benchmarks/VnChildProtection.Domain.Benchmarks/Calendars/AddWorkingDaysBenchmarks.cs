using System;
using BenchmarkDotNet.Attributes;
using NodaTime;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Domain.Benchmarks.Calendars;

/// <summary>
/// <see cref="WorkingDayCalendar.AddWorkingDays"/> for 73 start dates of 2025 and realistic counts: 5 (drafting a
/// support plan, Decree 56/2017 art. 28), 20 (about a month) and 250 (about a year). Baseline: a day-by-day loop over
/// a dictionary of the scheduled days, built in advance.
/// </summary>
[MemoryDiagnoser]
public class AddWorkingDaysBenchmarks
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Default;

    /// <summary>The number of working days to add.</summary>
    [Params(5, 20, 250)]
    public int WorkingDays { get; set; }

    /// <summary>Fails the run if the baseline does not compute the library's answers.</summary>
    [GlobalSetup]
    public void CheckBaselineAgrees()
    {
        foreach (var start in WorkingDayArithmeticSamples.Starts)
        {
            if (NaiveAdd(start, WorkingDays) != Calendar.AddWorkingDays(start, WorkingDays))
            {
                throw new InvalidOperationException($"The naive baseline disagrees with the library from {start}.");
            }
        }
    }

    /// <summary>Baseline: walk day by day, deciding each day from the dictionary and the weekday.</summary>
    [Benchmark(Baseline = true)]
    public LocalDate NaiveDayByDay()
    {
        var last = default(LocalDate);
        foreach (var start in WorkingDayArithmeticSamples.Starts)
        {
            last = NaiveAdd(start, WorkingDays);
        }
        return last;
    }

    /// <summary>The library.</summary>
    [Benchmark]
    public LocalDate AddWorkingDays()
    {
        var last = default(LocalDate);
        foreach (var start in WorkingDayArithmeticSamples.Starts)
        {
            last = Calendar.AddWorkingDays(start, WorkingDays);
        }
        return last;
    }

    private static LocalDate NaiveAdd(LocalDate date, int workingDays)
    {
        for (int left = workingDays; left > 0;)
        {
            date = date.PlusDays(1);
            if (WorkingDayArithmeticSamples.IsWorkingDay(date))
            {
                left--;
            }
        }
        return date;
    }
}
