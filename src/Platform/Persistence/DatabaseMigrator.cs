using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace RentToOwn.Platform.Persistence;

/// <summary>Applies the provider's pending migrations before the host serves requests.</summary>
internal sealed class DatabaseMigrator(
    IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        if (db.Database.IsSqlite()) await SetJournalAsync(db, options.Value.SqliteJournalMode, cancellationToken);
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s) on {Provider}: {Names}",
                pending.Count, db.Database.ProviderName, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        // Issue 11: signature rows stored before they linked their receipt are linked now (a no-op once done).
        var linked = await SignatureReceiptBackfill.RunAsync(db, cancellationToken);
        if (linked > 0)
        {
            logger.LogInformation("Linked {Count} stored signature(s) to their ledger receipts", linked);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Issue 17 §1: the journal mode is kept in the database file; set it on every start, so a configured change applies.
    private async Task SetJournalAsync(PlatformDbContext db, string? mode, CancellationToken ct)
    {
        var wanted = mode?.Trim().ToUpperInvariant() switch
        {
            "WAL" => "wal",
            "DELETE" => "delete",
            _ => throw new InvalidOperationException($"Database:SqliteJournalMode is '{mode}': use WAL (the default) or DELETE."),
        };
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA journal_mode={wanted}";
            var now = (string?)await command.ExecuteScalarAsync(ct);
            // An in-memory database answers "memory" whatever is asked; anything else must be what was asked.
            if (now != wanted && now != "memory") throw new InvalidOperationException($"SQLite kept journal mode '{now}' instead of '{wanted}'.");
            logger.LogInformation("SQLite journal mode {Mode}", now);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
