using Microsoft.Extensions.Diagnostics.HealthChecks;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Extensions.Health;

/// <summary>The platform database answers a connection (SQLite file or PostgreSQL).</summary>
public sealed class DatabaseHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"{db.Database.ProviderName} connects")
            : HealthCheckResult.Unhealthy($"{db.Database.ProviderName}: cannot connect");
    }
}
