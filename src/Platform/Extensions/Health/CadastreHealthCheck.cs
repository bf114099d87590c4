using Microsoft.Extensions.Diagnostics.HealthChecks;
using RentToOwn.Platform.Registration.Cadastre;

namespace RentToOwn.Platform.Extensions.Health;

/// <summary>The cadastre (ЖМБМК АЖ, or its in-process simulator) answers the gRPC health check within 5 s.</summary>
public sealed class CadastreHealthCheck(CadastreConnection cadastre) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await cadastre.ProbeAsync(TimeSpan.FromSeconds(5), cancellationToken) is { } problem
            ? HealthCheckResult.Unhealthy(problem)
            : HealthCheckResult.Healthy($"serving at {cadastre.Address}");
}
