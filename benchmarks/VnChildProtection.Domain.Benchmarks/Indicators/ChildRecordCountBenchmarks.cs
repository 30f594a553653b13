using System;
using System.Linq;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;

namespace VnChildProtection.Domain.Benchmarks.Indicators;

/// <summary>
/// The counts behind the indicators (children under 16, under 5, under 5 with a registered birth, in special
/// circumstances, of whom supported, abused, aged 5, aged 5 in pre-school) per commune, from 25 million records,
/// beside a naive LINQ GroupBy and a plain sum over the same bytes (the memory-bandwidth reference).
/// </summary>
/// <remarks>
/// Records are generated grouped by commune, as the child database stores them; <see cref="VectorizedTwoCoresShuffled"/>
/// runs the same kernel on a shuffled copy, where no block shares a commune and the scalar path does all the work.
/// <see cref="HistogramTwoCoresShuffled"/> is the kernel for unordered input.
/// </remarks>
[MemoryDiagnoser]
public class ChildRecordCountBenchmarks
{
    public const int RecordCount = 25_000_000;
    public const int Communes = NationalDataset.CommuneCount;
    public const int Counters = 8;

    private static readonly ChildRecord[] Records = Generate(shuffled: false);
    private static readonly ChildRecord[] Shuffled = Generate(shuffled: true);

    /// <summary>Fails the run if the kernels disagree, so the table never shows a fast wrong answer.</summary>
    [GlobalSetup]
    public void Check()
    {
        var scalar = SinglePassScalar();
        int[][] kernels = [VectorizedTwoCores(), VectorizedTwoCoresShuffled(), HistogramTwoCores(), HistogramTwoCoresShuffled()];
        if (!kernels.All(counts => scalar.AsSpan().SequenceEqual(counts)))
        {
            throw new InvalidOperationException("The kernels disagree.");
        }
        var naive = Naive(Records.AsSpan(0, 2_000_000).ToArray());
        if (!naive.AsSpan().SequenceEqual(Count(Records.AsSpan(0, 2_000_000), new int[Communes * Counters])))
        {
            throw new InvalidOperationException("The naive baseline disagrees.");
        }
    }

    /// <summary>Naive: GroupBy commune, then one LINQ Count per counter.</summary>
    [Benchmark(Baseline = true)]
    public int[] NaiveLinqGroupBy() => Naive(Records);

    /// <summary>One thread, one pass, eight branch-free increments per record.</summary>
    [Benchmark]
    public int[] SinglePassScalar()
    {
        var counts = new int[Communes * Counters];
        CountScalar(Records, counts);
        return counts;
    }

    /// <summary>Two threads over halves; 16-record blocks of one commune counted with 512-bit vector compares (8 × 256 without AVX-512).</summary>
    [Benchmark]
    public int[] VectorizedTwoCores() => CountTwoCores(Records);

    /// <summary>The same kernel on records in random order (scalar fallback throughout).</summary>
    [Benchmark]
    public int[] VectorizedTwoCoresShuffled() => CountTwoCores(Shuffled);

    /// <summary>
    /// Two threads, one increment per record into a per-thread (commune × record class) histogram, the eight counters
    /// derived from it at the end (<see cref="ChildRecordHistogram"/>); does not care about order.
    /// </summary>
    [Benchmark]
    public int[] HistogramTwoCoresShuffled() => ChildRecordHistogram.CountTwoCores(Shuffled);

    /// <summary>The histogram kernel on grouped records: what order alone is worth to it.</summary>
    [Benchmark]
    public int[] HistogramTwoCores() => ChildRecordHistogram.CountTwoCores(Records);

    /// <summary>Reference: sum the same 100 MB as 64-bit words with vectors, two threads. Nothing reads memory faster.</summary>
    [Benchmark]
    public ulong BandwidthReferenceTwoCores()
    {
        var words = MemoryMarshal.Cast<ChildRecord, ulong>(Records.AsSpan());
        var half = words.Length / 2;
        ulong first = 0, second = 0;
        Parallel.Invoke(
            () => first = Sum(MemoryMarshal.Cast<ChildRecord, ulong>(Records.AsSpan())[..half]),
            () => second = Sum(MemoryMarshal.Cast<ChildRecord, ulong>(Records.AsSpan())[half..]));
        return first + second;
    }

    private static int[] Naive(ChildRecord[] records)
    {
        var counts = new int[Communes * Counters];
        foreach (var g in records.GroupBy(r => r.Commune))
        {
            var row = new[]
            {
                g.Count(r => r.Age < 16),
                g.Count(r => r.Age < 5),
                g.Count(r => r.Age < 5 && (r.Flags & ChildRecord.BirthRegistered) != 0),
                g.Count(r => r.Age < 16 && (r.Flags & ChildRecord.SpecialCircumstances) != 0),
                g.Count(r => r.Age < 16 && (r.Flags & ChildRecord.SpecialCircumstances) != 0 && (r.Flags & ChildRecord.Supported) != 0),
                g.Count(r => r.Age < 16 && (r.Flags & ChildRecord.Abused) != 0),
                g.Count(r => r.Age == 5),
                g.Count(r => r.Age == 5 && (r.Flags & ChildRecord.InPreschool) != 0),
            };
            row.CopyTo(counts, g.Key * Counters);
        }
        return counts;
    }

    private static int[] CountTwoCores(ChildRecord[] records)
    {
        var half = records.Length / 2;
        var first = new int[Communes * Counters];
        var second = new int[Communes * Counters];
        Parallel.Invoke(() => Count(records.AsSpan(0, half), first), () => Count(records.AsSpan(half), second));
        for (var i = 0; i < first.Length; i++)
        {
            first[i] += second[i];
        }
        return first;
    }

    /// <summary>
    /// Blocks of 8 records (32 bytes) of one commune: every counter is a lane-wise compare whose all-ones result is
    /// subtracted from an accumulator, flushed when the commune changes. Mixed blocks go record by record.
    /// </summary>
    private static int[] Count(ReadOnlySpan<ChildRecord> records, int[] counts) =>
        Vector512.IsHardwareAccelerated ? Count512(records, counts) : Count256(records, counts);

    /// <summary>As <see cref="Count256"/> with 16-record (64-byte) blocks, one cache line per compare.</summary>
    private static int[] Count512(ReadOnlySpan<ChildRecord> records, int[] counts)
    {
        var words = MemoryMarshal.Cast<ChildRecord, uint>(records);
        ref var start = ref MemoryMarshal.GetReference(words);
        var low16 = Vector512.Create(0xFFFFu);
        var byteMask = Vector512.Create(0xFFu);
        var sixteen = Vector512.Create(16u);
        var five = Vector512.Create(5u);
        var registered = Vector512.Create((uint)ChildRecord.BirthRegistered);
        var specialBit = Vector512.Create((uint)ChildRecord.SpecialCircumstances);
        var supported = Vector512.Create((uint)ChildRecord.Supported);
        var abused = Vector512.Create((uint)ChildRecord.Abused);
        var preschool = Vector512.Create((uint)ChildRecord.InPreschool);
        var zero = Vector512<uint>.Zero;
        Vector512<uint> a0 = zero, a1 = zero, a2 = zero, a3 = zero, a4 = zero, a5 = zero, a6 = zero, a7 = zero;
        var current = -1;
        var i = 0;
        for (; i + 16 <= words.Length; i += 16)
        {
            var v = Vector512.LoadUnsafe(ref start, (nuint)i);
            var commune = (int)(v.ToScalar() & 0xFFFF);
            if (!Vector512.EqualsAll(v & low16, Vector512.Create((uint)commune)))
            {
                CountScalar(records.Slice(i, 16), counts);
                continue;
            }
            if (commune != current)
            {
                Flush512(counts, current, a0, a1, a2, a3, a4, a5, a6, a7);
                a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = zero;
                current = commune;
            }
            var age = (v >> 16) & byteMask;
            var child = Vector512.LessThan(age, sixteen);
            var under5 = Vector512.LessThan(age, five);
            var aged5 = Vector512.Equals(age, five);
            var special = child & Vector512.Equals(v & (specialBit << 24), specialBit << 24);
            a0 -= child;
            a1 -= under5;
            a2 -= under5 & Vector512.Equals(v & (registered << 24), registered << 24);
            a3 -= special;
            a4 -= special & Vector512.Equals(v & (supported << 24), supported << 24);
            a5 -= child & Vector512.Equals(v & (abused << 24), abused << 24);
            a6 -= aged5;
            a7 -= aged5 & Vector512.Equals(v & (preschool << 24), preschool << 24);
        }
        Flush512(counts, current, a0, a1, a2, a3, a4, a5, a6, a7);
        CountScalar(records[i..], counts);
        return counts;
    }

    private static void Flush512(int[] counts, int commune, params ReadOnlySpan<Vector512<uint>> accumulators)
    {
        if (commune < 0)
        {
            return;
        }
        for (var k = 0; k < Counters; k++)
        {
            counts[(commune * Counters) + k] += (int)Vector512.Sum(accumulators[k]);
        }
    }

    private static int[] Count256(ReadOnlySpan<ChildRecord> records, int[] counts)
    {
        var words = MemoryMarshal.Cast<ChildRecord, uint>(records);
        var low16 = Vector256.Create(0xFFFFu);
        var byteMask = Vector256.Create(0xFFu);
        var sixteen = Vector256.Create(16u);
        var five = Vector256.Create(5u);
        var zero = Vector256<uint>.Zero;
        Vector256<uint> a0 = zero, a1 = zero, a2 = zero, a3 = zero, a4 = zero, a5 = zero, a6 = zero, a7 = zero;
        var current = -1;
        var i = 0;
        for (; i + 8 <= words.Length; i += 8)
        {
            var v = Vector256.Create(words.Slice(i, 8));
            var commune = (int)(words[i] & 0xFFFF);
            if (!Vector256.EqualsAll(v & low16, Vector256.Create((uint)commune)))
            {
                CountScalar(records.Slice(i, 8), counts);
                continue;
            }
            if (commune != current)
            {
                Flush(counts, current, a0, a1, a2, a3, a4, a5, a6, a7);
                a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = zero;
                current = commune;
            }
            var age = (v >> 16) & byteMask;
            var flags = v >> 24;
            var child = Vector256.LessThan(age, sixteen);
            var under5 = Vector256.LessThan(age, five);
            var aged5 = Vector256.Equals(age, five);
            var special = child & ~Vector256.Equals(flags & Vector256.Create((uint)ChildRecord.SpecialCircumstances), zero);
            a0 -= child;
            a1 -= under5;
            a2 -= under5 & ~Vector256.Equals(flags & Vector256.Create((uint)ChildRecord.BirthRegistered), zero);
            a3 -= special;
            a4 -= special & ~Vector256.Equals(flags & Vector256.Create((uint)ChildRecord.Supported), zero);
            a5 -= child & ~Vector256.Equals(flags & Vector256.Create((uint)ChildRecord.Abused), zero);
            a6 -= aged5;
            a7 -= aged5 & ~Vector256.Equals(flags & Vector256.Create((uint)ChildRecord.InPreschool), zero);
        }
        Flush(counts, current, a0, a1, a2, a3, a4, a5, a6, a7);
        CountScalar(records[i..], counts);
        return counts;
    }

    private static void Flush(int[] counts, int commune, params ReadOnlySpan<Vector256<uint>> accumulators)
    {
        if (commune < 0)
        {
            return;
        }
        for (var k = 0; k < Counters; k++)
        {
            counts[(commune * Counters) + k] += (int)Vector256.Sum(accumulators[k]);
        }
    }

    private static void CountScalar(ReadOnlySpan<ChildRecord> records, int[] counts)
    {
        foreach (var r in records)
        {
            var row = counts.AsSpan(r.Commune * Counters, Counters);
            int age = r.Age, flags = r.Flags;
            var child = age < 16 ? 1 : 0;
            var under5 = age < 5 ? 1 : 0;
            var aged5 = age == 5 ? 1 : 0;
            var special = child & (flags >> 1);
            row[0] += child;
            row[1] += under5;
            row[2] += under5 & flags;
            row[3] += special & 1;
            row[4] += special & (flags >> 2) & 1;
            row[5] += child & (flags >> 3);
            row[6] += aged5;
            row[7] += aged5 & (flags >> 4);
        }
    }

    private static ulong Sum(ReadOnlySpan<ulong> words)
    {
        var acc0 = Vector256<ulong>.Zero;
        var acc1 = Vector256<ulong>.Zero;
        var i = 0;
        for (; i + 8 <= words.Length; i += 8)
        {
            acc0 += Vector256.Create(words.Slice(i, 4));
            acc1 += Vector256.Create(words.Slice(i + 4, 4));
        }
        var sum = Vector256.Sum(acc0 + acc1);
        for (; i < words.Length; i++)
        {
            sum += words[i];
        }
        return sum;
    }

    private static ChildRecord[] Generate(bool shuffled)
    {
        var random = new Random(16_2016);
        var records = new ChildRecord[RecordCount];
        for (var i = 0; i < records.Length; i++)
        {
            var commune = (ushort)((long)i * Communes / RecordCount);
            var age = (byte)random.Next(0, 18);
            var roll = random.Next(0, 10_000);
            var flags = (byte)(random.Next(0, 256) & (ChildRecord.Disability | ChildRecord.EthnicMinority | ChildRecord.PoorHousehold));
            if (age < 5 && roll < 9_700)
            {
                flags |= ChildRecord.BirthRegistered;
            }
            if (roll % 20 == 0)
            {
                flags |= ChildRecord.SpecialCircumstances;
                if (roll % 100 < 85)
                {
                    flags |= ChildRecord.Supported;
                }
            }
            if (roll < 30)
            {
                flags |= ChildRecord.Abused;
            }
            if (age == 5 && roll < 9_500)
            {
                flags |= ChildRecord.InPreschool;
            }
            records[i] = new ChildRecord(commune, age, flags);
        }
        if (shuffled)
        {
            random.Shuffle(records);
        }
        return records;
    }
}
