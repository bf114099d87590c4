using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Auditing;

/// <summary>Commits audit lines to the platform database: a context of its own per batch, one <c>SaveChanges</c> (one transaction).</summary>
public sealed class DbAuditStore(IServiceScopeFactory scopes) : IAuditStore
{
    /// <inheritdoc />
    public async Task SaveAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.AuditLog.AddRange(entries);
        await db.SaveChangesAsync(ct);
    }
}
