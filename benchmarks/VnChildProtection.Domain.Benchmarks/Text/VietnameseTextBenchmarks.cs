using System.Globalization;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Benchmarks.Text;

/// <summary>Match-key folding of agency names, beside a naive LINQ baseline.</summary>
[MemoryDiagnoser]
public class VietnameseTextBenchmarks
{
    private static readonly string Sample = "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi".Normalize(NormalizationForm.FormD);

    /// <summary>Naive: decompose, filter marks with LINQ, lower-case, split and join.</summary>
    [Benchmark(Baseline = true)]
    public string NaiveFold()
    {
        var stripped = new string(Sample.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c))
            .Select(c => char.IsLetterOrDigit(c) ? c : ' ')
            .ToArray());
        return string.Join(' ', stripped.Split(' ', System.StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The library's single-pass fold.</summary>
    [Benchmark]
    public string ToMatchKey() => VietnameseText.ToMatchKey(Sample);
}
