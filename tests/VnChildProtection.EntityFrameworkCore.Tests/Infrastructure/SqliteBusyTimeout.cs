using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VnChildProtection.EntityFrameworkCore.Tests.Infrastructure;

/// <summary>
/// Lets SQLite itself wait for a busy database (<c>PRAGMA busy_timeout</c>), in short steps, instead of the ADO.NET
/// provider's coarse retry: two writers of one file then take turns in milliseconds (docs/persistence.md).
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    internal static readonly SqliteBusyTimeout Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 60000; PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }
}
