using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RentToOwn.Platform.VideoSessions.Signalling;
using StackExchange.Redis;

namespace RentToOwn.Platform.Cluster;

/// <summary>
/// Several instances on one PostgreSQL (issue 17 §2): the SignalR Redis backplane and the rooms in Redis
/// (<c>Cluster:Redis</c>), one data-protection key ring in a shared folder (<c>Cluster:DataProtectionKeysDirectory</c>).
/// Quartz clustering is <c>Scheduling:Clustered</c>, the shared log <c>Ledger:Endpoint</c>. Nothing configured: nothing
/// changes (one instance, rooms in memory).
/// </summary>
public static class ClusterExtensions
{
    /// <summary>Adds what <c>Cluster:*</c> configures.</summary>
    public static IHostApplicationBuilder AddCluster(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.Section);
        var options = builder.Configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>() ?? new();
        if (options.DataProtectionKeysDirectory is { Length: > 0 } keys)
        {
            // The same application name everywhere: by default it is the content root path, which differs between hosts.
            builder.Services.AddDataProtection().SetApplicationName(ClusterOptions.ApplicationName)
                .PersistKeysToFileSystem(Directory.CreateDirectory(keys));
        }

        if (options.Redis is { Length: > 0 })
        {
            var configuration = ClusterRedis.Configuration(options);
            builder.Services.AddSignalR().AddStackExchangeRedis(o =>
            {
                o.Configuration = configuration.Clone();
                o.Configuration.ChannelPrefix = RedisChannel.Literal(options.RedisPrefix);
            });
            builder.Services.AddSingleton<ClusterRedis>();
            builder.Services.Replace(ServiceDescriptor.Singleton<IRoomStore, RedisRoomStore>());
            builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        }

        return builder;
    }
}
