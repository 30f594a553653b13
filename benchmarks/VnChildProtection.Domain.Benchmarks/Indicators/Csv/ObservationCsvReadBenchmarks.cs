using System;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using VnChildProtection.Domain.Indicators.Csv;

namespace VnChildProtection.Domain.Benchmarks.Indicators.Csv;

/// <summary>
/// Reading an 8 MB observations file (monthly, by sex, canonical form; about 250,000 rows, made up and seeded): the
/// whole text read into a string and parsed (how <c>ReadUtf8</c> worked before it streamed) beside the streaming
/// <see cref="ObservationCsv.ReadUtf8"/>, with allocated bytes.
/// </summary>
[MemoryDiagnoser]
public class ObservationCsvReadBenchmarks
{
    /// <summary>The size of the file, in bytes (about).</summary>
    public const int TargetBytes = 8 * 1024 * 1024;

    private static readonly byte[] File = Build();

    /// <summary>The file's size, for the report.</summary>
    public static int Bytes => File.Length;

    /// <summary>The earlier way: the stream read to its end into one string, then parsed.</summary>
    [Benchmark(Baseline = true)]
    public int WholeTextThenParse()
    {
        using var reader = new StreamReader(new MemoryStream(File), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return ObservationCsv.Read(reader.ReadToEnd()).Observations.Count;
    }

    /// <summary>The streaming reader: the stream read through a fixed buffer, record by record.</summary>
    [Benchmark]
    public int Streaming() => ObservationCsv.ReadUtf8(new MemoryStream(File)).Observations.Count;

    private static byte[] Build()
    {
        var random = new Random(20250701);
        var text = new StringBuilder("unit_code,period,indicator,measure,numerator,denominator,value,sex\n");
        for (var commune = 1; text.Length < TargetBytes; commune++)
        {
            var unit = (10000 + commune).ToString(CultureInfo.InvariantCulture);
            for (var month = 1; month <= 12; month++)
            {
                foreach (var sex in new[] { "male", "female" })
                {
                    var births = random.Next(8, 45);
                    text.Append(CultureInfo.InvariantCulture, $"{unit},2025{month:00},CT3,c,{random.Next(0, 3)},{births},,{sex}\n");
                    text.Append(CultureInfo.InvariantCulture, $"{unit},2025{month:00},CT8,a,{random.Next(100, 300)},{random.Next(3000, 6000)},,{sex}\n");
                }
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
