using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace VnChildProtection.Domain.Utility;

/// <summary>
/// The one place for argument checks. Public constructors and methods validate through these
/// helpers; internal code paths take already-validated values and only debug-assert.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> if <paramref name="value"/> is null; returns it otherwise.</summary>
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);

    /// <summary>Throws if <paramref name="value"/> is null, empty or whitespace; returns it otherwise.</summary>
    internal static string CheckNotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        CheckNotNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Value must not be empty or whitespace.", paramName);
        }
        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="min"/> ≤ <paramref name="value"/> ≤ <paramref name="max"/>.</summary>
    internal static int CheckRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value must be in the range [{min}, {max}].");
        }
        return value;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="min"/> ≤ <paramref name="value"/> ≤ <paramref name="max"/>.</summary>
    internal static long CheckRange(long value, long min, long max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value must be in the range [{min}, {max}].");
        }
        return value;
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="condition"/> is false.</summary>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Asserts an internal invariant in debug builds only.</summary>
    [Conditional("DEBUG")]
    internal static void DebugCheck([DoesNotReturnIf(false)] bool condition, string message) => Debug.Assert(condition, message);
}
