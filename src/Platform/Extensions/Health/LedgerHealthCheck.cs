using Microsoft.Extensions.Diagnostics.HealthChecks;
using RentToOwn.Platform.Ledger;

namespace RentToOwn.Platform.Extensions.Health;

/// <summary>The composed ledger opens and gives its latest signed checkpoint; the line names what is configured (<see cref="PlatformLedger.Description"/>).</summary>
public sealed class LedgerHealthCheck(PlatformLedger ledger) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var checkpoint = await (await ledger.LedgerAsync(cancellationToken)).GetLatestCheckpointAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{ledger.Description}: checkpoint of size {checkpoint.Checkpoint.Size}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{ledger.Description}: {e.Message}");
        }
    }
}
