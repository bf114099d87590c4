using Microsoft.AspNetCore.DataProtection;
using RentToOwn.Platform.VideoSessions.Signalling;
using StackExchange.Redis;

namespace RentToOwn.Platform.Cluster;

/// <summary>Several instances (issue 17 §2): the Redis backplane and room registry, shared data-protection keys.</summary>
public static class ClusterExtensions
{
    /// <summary>Adds what <c>Cluster:*</c> configures; nothing when the section is empty.</summary>
    public static IHostApplicationBuilder AddCluster(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>() ?? new();
        if (options.DataProtectionKeysDirectory is { Length: > 0 } keys)
        {
            builder.Services.AddDataProtection().SetApplicationName("RentToOwn").PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        if (options.Redis is { Length: > 0 } redis)
        {
            var configuration = ConfigurationOptions.Parse(redis);
            configuration.ChannelPrefix = RedisChannel.Literal("rto");
            configuration.AbortOnConnectFail = false;
            builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(configuration));
            builder.Services.AddSignalR().AddStackExchangeRedis(o => o.ConnectionFactory = async _ =>
                await ConnectionMultiplexer.ConnectAsync(configuration));
            builder.Services.AddSingleton<IRoomStore, RedisRoomStore>();
        }

        return builder;
    }
}
