using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using VnChildProtection.Interop.Dhis2;

namespace VnChildProtection.Domain.Benchmarks.Interop;

/// <summary>
/// Reading and writing 1,000,000 DHIS2 data values: the streaming readers and writers beside the naive baselines
/// (<see cref="JsonSerializer"/> into a list, <see cref="XDocument"/>) in the same run. The streaming side's allocation
/// is per value (its strings) and its live memory one buffer; the baselines hold the whole message.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class Dhis2ExchangeBenchmarks
{
    private const int Count = 1_000_000;
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private byte[] json = [];
    private byte[] adx = [];
    private Dhis2DataValue[] values = [];

    /// <summary>A million values: 1,000 units × 12 months × 2 sexes × 42 elements, less the excess.</summary>
    [GlobalSetup]
    public void Setup()
    {
        values = new Dhis2DataValue[Count];
        var adxValues = new Dhis2DataValue[Count];
        for (var i = 0; i < Count; i++)
        {
            var unit = "VN_" + (i / 1000).ToString("00000", System.Globalization.CultureInfo.InvariantCulture);
            var month = (i / 83 % 12) + 1;
            var element = "VNCP_E" + (i % 42).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var value = (i % 997).ToString(System.Globalization.CultureInfo.InvariantCulture);
            values[i] = new Dhis2DataValue(element, "2025" + month.ToString("00", System.Globalization.CultureInfo.InvariantCulture), unit, value)
            {
                CategoryOptionCombo = i % 2 == 0 ? "COC_M" : "COC_F",
            };
            adxValues[i] = new Dhis2DataValue(element, "2025-" + month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "-01/P1M", unit, value)
            {
                CategoryOptions = VnChildProtection.Domain.Collections.ValueList.Of(new Dhis2CategoryOption("SEX", i % 2 == 0 ? "M" : "F")),
            };
        }
        using var jsonStream = new MemoryStream();
        DataValueSetJsonWriter.Write(jsonStream, Dhis2DataValueSetHeader.Bulk, values);
        json = jsonStream.ToArray();
        using var adxStream = new MemoryStream();
        AdxWriter.Write(adxStream, new Dhis2DataValueSetHeader { DataSet = "VNCP" }, NodaTime.Instant.FromUtc(2026, 1, 5, 0, 0), adxValues);
        adx = adxStream.ToArray();
    }

    /// <summary>Streams the JSON, counting values.</summary>
    [Benchmark]
    public int ReadJsonStreaming()
    {
        var n = 0;
        using var reader = new DataValueSetJsonReader(new MemoryStream(json));
        while (reader.Read(out var item))
        {
            n += item.Value is null ? 0 : 1;
        }
        return n;
    }

    /// <summary>Baseline: the whole JSON deserialized into a list.</summary>
    [Benchmark(Baseline = true)]
    public int ReadJsonNaive() => JsonSerializer.Deserialize<NaiveSet>(json, Web)!.DataValues.Count;

    /// <summary>Streams the ADX, counting values.</summary>
    [Benchmark]
    public int ReadAdxStreaming()
    {
        var n = 0;
        using var reader = new AdxReader(new MemoryStream(adx));
        while (reader.Read(out var item))
        {
            n += item.Value is null ? 0 : 1;
        }
        return n;
    }

    /// <summary>Baseline: the whole ADX loaded as an <see cref="XDocument"/>.</summary>
    [Benchmark]
    public int ReadAdxNaive()
    {
        var ns = XNamespace.Get(AdxReader.Namespace);
        var n = 0;
        foreach (var _ in XDocument.Load(new MemoryStream(adx)).Descendants(ns + "dataValue"))
        {
            n++;
        }
        return n;
    }

    /// <summary>Streams a million values out as JSON.</summary>
    [Benchmark]
    public long WriteJsonStreaming()
    {
        var sink = new CountingStream();
        DataValueSetJsonWriter.Write(sink, Dhis2DataValueSetHeader.Bulk, values);
        return sink.Length;
    }

    /// <summary>Baseline: a million values serialized as one document.</summary>
    [Benchmark]
    public long WriteJsonNaive()
    {
        var list = new List<NaiveValue>(Count);
        foreach (var v in values)
        {
            list.Add(new NaiveValue { DataElement = v.DataElement, Period = v.Period, OrgUnit = v.OrgUnit, CategoryOptionCombo = v.CategoryOptionCombo, Value = v.Value });
        }
        return JsonSerializer.SerializeToUtf8Bytes(new NaiveSet { DataValues = list }, Web).LongLength;
    }

    /// <summary>The DTO of the naive baseline.</summary>
    public sealed class NaiveSet
    {
        /// <summary>The values.</summary>
        public List<NaiveValue> DataValues { get; set; } = [];
    }

    /// <summary>One value of the naive baseline.</summary>
    public sealed class NaiveValue
    {
        /// <summary>dataElement.</summary>
        public string? DataElement { get; set; }

        /// <summary>period.</summary>
        public string? Period { get; set; }

        /// <summary>orgUnit.</summary>
        public string? OrgUnit { get; set; }

        /// <summary>categoryOptionCombo.</summary>
        public string? CategoryOptionCombo { get; set; }

        /// <summary>value.</summary>
        public string? Value { get; set; }
    }

    /// <summary>A stream that only counts what is written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new System.NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new System.NotSupportedException();

        public override void SetLength(long value) => throw new System.NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(System.ReadOnlySpan<byte> buffer) => length += buffer.Length;
    }
}
