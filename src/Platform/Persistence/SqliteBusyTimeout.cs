using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RentToOwn.Platform.Persistence;

/// <summary>
/// SQLite has one writer at a time. Microsoft.Data.Sqlite sets no busy handler: a write that meets another write's lock
/// gets SQLITE_BUSY and is retried by the driver after a 150 ms sleep, so two short writes that meet cost the second one
/// 150 ms or more (measured by <c>bench reads</c>, issue 17). With SQLite's own busy handler (<c>sqlite3_busy_timeout</c>)
/// it waits in steps of 1–100 ms and goes on as soon as the lock is free. Set on every opened connection (a native call,
/// no statement); beyond <see cref="Milliseconds"/> the driver's own retry (the command timeout) still applies.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    /// <summary>How long SQLite itself waits for the write lock before it answers busy.</summary>
    public const int Milliseconds = 10_000;

    /// <summary>The one instance (it holds no state).</summary>
    public static readonly SqliteBusyTimeout Instance = new();

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Set(connection);

    /// <inheritdoc />
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Set(connection);
        return Task.CompletedTask;
    }

    private static void Set(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) SQLitePCL.raw.sqlite3_busy_timeout(handle, Milliseconds);
    }
}
