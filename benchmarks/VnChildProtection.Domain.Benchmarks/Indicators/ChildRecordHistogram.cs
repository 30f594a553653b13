using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace VnChildProtection.Domain.Benchmarks.Indicators;

/// <summary>
/// Counts records in any order: one increment per record into a (commune × class) histogram, the eight counters per
/// commune derived from it at the end.
/// </summary>
/// <remarks>
/// Records in random order defeat the grouped vector kernel (no 16-record block shares a commune) and make the scalar
/// path pay eight read-modify-writes per record into scattered rows. Two records that add to exactly the same set of
/// counters are interchangeable, so each record only needs to bump the cell of its "class" (which counters it adds to);
/// the counters are then sums over cells. There are 31 such classes (16 and over: none; 6–15: child × special /
/// supported × abused; under 5 and aged 5: four more bits each), so the table is 3,321 × 32 ints = 425 KB per thread
/// and stays in each core's 1 MiB L2, where the scattered increments overlap instead of waiting on memory.
/// </remarks>
internal static class ChildRecordHistogram
{
    /// <summary>Cells per commune: the 31 classes rounded up to a power of two so the cell address is a shift.</summary>
    public const int Cells = 32;

    private const int CellShift = 5;

    // Only the five low flag bits feed a counter; disability, ethnic minority and poor household are dropped by the mask.
    private const int CountedFlags = 0x1F;

    /// <summary>
    /// Class of a record by the 13 bits (counted flags &lt;&lt; 8 | age) of its upper half-word: 8 KB, stays in L1, so the
    /// age comparisons and flag tests are one load instead of a chain of compares.
    /// </summary>
    private static readonly byte[] ClassOf = new byte[(CountedFlags + 1) << 8];

    /// <summary>For each class, the counters (bit k = counter k) a record of that class adds one to.</summary>
    private static readonly byte[] CountersOf = new byte[Cells];

    // The classes are discovered from the same predicates as the scalar kernel, so they cannot drift from it.
    static ChildRecordHistogram()
    {
        var classes = new Dictionary<byte, byte>();
        for (var flags = 0; flags <= CountedFlags; flags++)
        {
            for (var age = 0; age < 256; age++)
            {
                var counters = CountersFor(age, flags);
                if (!classes.TryGetValue(counters, out var cell))
                {
                    cell = (byte)classes.Count;
                    if (cell >= Cells)
                    {
                        throw new InvalidOperationException("More record classes than histogram cells.");
                    }
                    classes.Add(counters, cell);
                    CountersOf[cell] = counters;
                }
                ClassOf[(flags << 8) | age] = cell;
            }
        }
    }

    /// <summary>The eight counters of <see cref="ChildRecordCountBenchmarks"/> for one record, as a bit set.</summary>
    private static byte CountersFor(int age, int flags)
    {
        bool child = age < 16, under5 = age < 5, aged5 = age == 5;
        bool special = child && (flags & ChildRecord.SpecialCircumstances) != 0;
        var bits = 0;
        bits |= child ? 1 : 0;
        bits |= under5 ? 2 : 0;
        bits |= under5 && (flags & ChildRecord.BirthRegistered) != 0 ? 4 : 0;
        bits |= special ? 8 : 0;
        bits |= special && (flags & ChildRecord.Supported) != 0 ? 16 : 0;
        bits |= child && (flags & ChildRecord.Abused) != 0 ? 32 : 0;
        bits |= aged5 ? 64 : 0;
        bits |= aged5 && (flags & ChildRecord.InPreschool) != 0 ? 128 : 0;
        return (byte)bits;
    }

    /// <summary>Two threads over halves, each into its own histogram (no sharing, no atomics), merged, then derived.</summary>
    public static int[] CountTwoCores(ChildRecord[] records)
    {
        var half = records.Length / 2;
        var first = new int[ChildRecordCountBenchmarks.Communes * Cells];
        var second = new int[ChildRecordCountBenchmarks.Communes * Cells];
        Parallel.Invoke(() => Histogram(records.AsSpan(0, half), first), () => Histogram(records.AsSpan(half), second));
        for (var i = 0; i < first.Length; i++)
        {
            first[i] += second[i];
        }
        return Derive(first);
    }

    /// <summary>
    /// One increment per record at commune × 32 + class. Four records per iteration so the four independent
    /// read-modify-writes are in flight together; the histogram index is bounds-checked, so a bad commune throws.
    /// </summary>
    private static void Histogram(ReadOnlySpan<ChildRecord> records, int[] histogram)
    {
        var words = MemoryMarshal.Cast<ChildRecord, uint>(records);
        var classOf = ClassOf.AsSpan();
        var cells = histogram.AsSpan();
        var i = 0;
        for (; i + 4 <= words.Length; i += 4)
        {
            uint w0 = words[i], w1 = words[i + 1], w2 = words[i + 2], w3 = words[i + 3];
            cells[(int)(((w0 & 0xFFFF) << CellShift) | classOf[(int)((w0 >> 16) & 0x1FFF)])]++;
            cells[(int)(((w1 & 0xFFFF) << CellShift) | classOf[(int)((w1 >> 16) & 0x1FFF)])]++;
            cells[(int)(((w2 & 0xFFFF) << CellShift) | classOf[(int)((w2 >> 16) & 0x1FFF)])]++;
            cells[(int)(((w3 & 0xFFFF) << CellShift) | classOf[(int)((w3 >> 16) & 0x1FFF)])]++;
        }
        for (; i < words.Length; i++)
        {
            var w = words[i];
            cells[(int)(((w & 0xFFFF) << CellShift) | classOf[(int)((w >> 16) & 0x1FFF)])]++;
        }
    }

    /// <summary>Counter k of a commune = sum of its cells whose class adds to k (3,321 × 32 × 8 steps, negligible).</summary>
    private static int[] Derive(int[] histogram)
    {
        var counts = new int[ChildRecordCountBenchmarks.Communes * ChildRecordCountBenchmarks.Counters];
        for (var commune = 0; commune < ChildRecordCountBenchmarks.Communes; commune++)
        {
            var row = counts.AsSpan(commune * ChildRecordCountBenchmarks.Counters, ChildRecordCountBenchmarks.Counters);
            var cells = histogram.AsSpan(commune * Cells, Cells);
            for (var cell = 0; cell < Cells; cell++)
            {
                int n = cells[cell], counters = CountersOf[cell];
                for (var k = 0; k < row.Length; k++)
                {
                    row[k] += n & -((counters >> k) & 1);
                }
            }
        }
        return counts;
    }
}
