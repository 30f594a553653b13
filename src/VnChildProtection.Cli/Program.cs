using System;

namespace VnChildProtection.Cli;

/// <summary>The <c>vncp</c> entry point.</summary>
internal static class Program
{
    private static int Main(string[] args) => VncpApp.Run(args, Console.Out, Console.Error);
}
