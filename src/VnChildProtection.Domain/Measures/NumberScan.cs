using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Measures;

/// <summary>The outcome of scanning one number inside a larger text: the value and where it ended, or an error.</summary>
internal readonly struct NumberScan
{
    private NumberScan(decimal value, int end, ParseError? error)
    {
        Value = value;
        End = end;
        Error = error;
    }

    internal decimal Value { get; }

    /// <summary>The index just after the number.</summary>
    internal int End { get; }

    internal ParseError? Error { get; }

    internal static NumberScan Success(decimal value, int end) => new(value, end, null);

    internal static NumberScan Failure(ParseError error) => new(0m, 0, error);
}
