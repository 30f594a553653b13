using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Npgsql;

namespace VnChildProtection.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL for the tests: by default a server of the machine's PostgreSQL installation started in a temporary
/// data directory on a free local port and stopped at the end; or, when <see cref="ConnectionVariable"/> is set, an
/// existing server. When neither works the fixture throws with the reason, so the tests fail loudly; they are never skipped.
/// </summary>
/// <remarks>
/// PostgreSQL refuses to run as root: as root the server runs as the <c>postgres</c> system user (created by Debian's
/// <c>postgresql</c> package), which owns the temporary directory. <see cref="BinariesVariable"/> names another
/// <c>bin</c> folder than the newest under <c>/usr/lib/postgresql</c>.
/// </remarks>
public sealed class PostgresServer : IDisposable
{
    /// <summary>A connection string to an existing server whose user may create databases; the fixture then starts none.</summary>
    public const string ConnectionVariable = "VNCP_TEST_POSTGRES";

    /// <summary>The folder holding <c>initdb</c> and <c>pg_ctl</c>, when not the newest under <c>/usr/lib/postgresql</c>.</summary>
    public const string BinariesVariable = "VNCP_TEST_POSTGRES_BIN";

    private static int databaseCounter;
    private readonly string? dataDirectory;
    private readonly string? binaries;
    private readonly bool asPostgresUser;
    private readonly string adminConnection;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } existing)
        {
            adminConnection = existing;
            return;
        }
        binaries = FindBinaries();
        asPostgresUser = Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root" || GetUid() == 0;
        dataDirectory = Path.Combine(Path.GetTempPath(), "vncp-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataDirectory);
        if (asPostgresUser)
        {
            Run("chown", ["-R", "postgres:postgres", dataDirectory], "give the data directory to the postgres user (as root PostgreSQL runs as 'postgres')", asUser: false);
        }
        var data = Path.Combine(dataDirectory, "data");
        Run(Path.Combine(binaries, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--locale=C"], "initdb");
        Port = FreePort();
        Start();
        adminConnection = $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Timeout=15;Command Timeout=60";
    }

    /// <summary>Whether the fixture started the server itself (and so can restart it).</summary>
    public bool OwnsServer => dataDirectory is not null;

    /// <summary>The port of the fixture's own server.</summary>
    public int Port { get; }

    /// <summary>A new empty database on the server, and its connection string.</summary>
    public string CreateDatabase(string purpose)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"vncp_{purpose}_{Environment.ProcessId}_{Interlocked.Increment(ref databaseCounter)}");
        using (var connection = new NpgsqlConnection(adminConnection))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(adminConnection) { Database = name }.ConnectionString;
    }

    /// <summary>Stops the server the way a crash does (no shutdown checkpoint) and starts it again.</summary>
    public void CrashAndRestart()
    {
        if (!OwnsServer)
        {
            throw new InvalidOperationException($"Restarting needs the fixture's own server; unset {ConnectionVariable}.");
        }
        Run(Path.Combine(binaries!, "pg_ctl"), ["-D", Path.Combine(dataDirectory!, "data"), "-m", "immediate", "-w", "stop"], "pg_ctl stop -m immediate");
        Start();
    }

    public void Dispose()
    {
        if (dataDirectory is null)
        {
            return;
        }
        try
        {
            Run(Path.Combine(binaries!, "pg_ctl"), ["-D", Path.Combine(dataDirectory, "data"), "-m", "fast", "-w", "stop"], "pg_ctl stop");
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private void Start()
    {
        var data = Path.Combine(dataDirectory!, "data");
        var options = string.Create(CultureInfo.InvariantCulture,
            $"-p {Port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c max_connections=60 -c shared_buffers=32MB");
        Run(Path.Combine(binaries!, "pg_ctl"), ["-D", data, "-o", options, "-l", Path.Combine(dataDirectory!, "server.log"), "-w", "-t", "60", "start"], "pg_ctl start");
    }

    private static string FindBinaries()
    {
        if (Environment.GetEnvironmentVariable(BinariesVariable) is { Length: > 0 } configured)
        {
            return configured;
        }
        var root = "/usr/lib/postgresql";
        var found = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            $"PostgreSQL is not installed (no {root}/*/bin/initdb): install Debian's 'postgresql' package, set {BinariesVariable} to its bin folder, or set {ConnectionVariable} to an existing server.");
    }

    private void Run(string program, string[] arguments, string what, bool asUser = true)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asUser && asPostgresUser)
        {
            start.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }
        else
        {
            start.FileName = program;
        }
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"PostgreSQL could not start: {what} did not run.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"PostgreSQL could not start: {what} did not finish in 2 minutes.");
        }
        if (process.ExitCode != 0)
        {
            var log = dataDirectory is not null && File.Exists(Path.Combine(dataDirectory, "server.log"))
                ? File.ReadAllText(Path.Combine(dataDirectory, "server.log"))
                : string.Empty;
            throw new InvalidOperationException(
                $"PostgreSQL could not start: {what} exited with {process.ExitCode}.\n{output.Result}\n{error.Result}\n{log}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static uint GetUid() => File.Exists("/proc/self/status")
        ? File.ReadLines("/proc/self/status").Where(l => l.StartsWith("Uid:", StringComparison.Ordinal))
            .Select(l => uint.Parse(l.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)).FirstOrDefault(1u)
        : 1u;
}
