using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RentToOwn.Platform.Cluster;

/// <summary>
/// The platform's one Redis connection for its own keys (video rooms, the readiness check); the SignalR backplane opens
/// its own. Connected on first use; StackExchange.Redis reconnects by itself when Redis comes back.
/// </summary>
public sealed class ClusterRedis(IOptions<ClusterOptions> options) : IAsyncDisposable
{
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _connection;

    /// <summary>The parsed <c>Cluster:Redis</c> configuration (no abort on a failed first connect: Redis may start later).</summary>
    public static ConfigurationOptions Configuration(ClusterOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Redis ?? throw new InvalidOperationException("Cluster:Redis is empty"));
        configuration.AbortOnConnectFail = false;
        configuration.ClientName ??= "rto-platform";
        return configuration;
    }

    /// <summary>The database (connects on first call).</summary>
    public async Task<IDatabase> DatabaseAsync()
    {
        if (_connection is { } ready) return ready.GetDatabase();
        await _connecting.WaitAsync();
        try
        {
            _connection ??= await ConnectionMultiplexer.ConnectAsync(Configuration(options.Value));
            return _connection.GetDatabase();
        }
        finally
        {
            _connecting.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
