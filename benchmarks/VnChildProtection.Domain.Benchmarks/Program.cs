using BenchmarkDotNet.Running;

namespace VnChildProtection.Domain.Benchmarks;

/// <summary>Runs benchmarks chosen on the command line, e.g. <c>--filter *Text*</c>.</summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
