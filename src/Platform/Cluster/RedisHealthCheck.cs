using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RentToOwn.Platform.Cluster;

/// <summary>Readiness with <c>Cluster:Redis</c>: Redis answers PING (the backplane and the video rooms need it).</summary>
public sealed class RedisHealthCheck(ClusterRedis redis) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var latency = await (await redis.DatabaseAsync()).PingAsync().WaitAsync(TimeSpan.FromSeconds(5), ct);
            return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.#} ms");
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer: " + e.Message);
        }
    }
}
