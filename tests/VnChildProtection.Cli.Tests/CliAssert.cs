using System;

namespace VnChildProtection.Cli.Tests;

/// <summary>Assertions shared by the command tests.</summary>
internal static class CliAssert
{
    /// <summary>Bad input: exit code 2, nothing on standard output, a message (not a stack trace) on standard error.</summary>
    public static void RejectsInput(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.NotEmpty(error.Trim());
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }
}
