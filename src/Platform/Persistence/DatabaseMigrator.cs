using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace RentToOwn.Platform.Persistence;

/// <summary>Applies the provider's pending migrations before the host serves requests.</summary>
internal sealed class DatabaseMigrator(
    IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
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
}
