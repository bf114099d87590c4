namespace RentToOwn.Platform.Cluster;

/// <summary>
/// Configuration section <c>Cluster</c>: what several platform instances on one PostgreSQL share besides the database
/// (issue 17 §2). Empty: one instance, as embedded (rooms in memory, data-protection keys where ASP.NET Core keeps them).
/// </summary>
public sealed class ClusterOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Cluster";

    /// <summary>
    /// StackExchange.Redis configuration, e.g. <c>127.0.0.1:6379,password=…</c>: the SignalR backplane and the video rooms'
    /// membership, so participants on different instances meet in one room.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>A folder every instance reads and writes its data-protection key ring in (cookies, anti-forgery tokens and
    /// protected forms issued by one instance are read by the others).</summary>
    public string? DataProtectionKeysDirectory { get; set; }

    /// <summary>Prefix of every Redis key and channel the platform uses (several deployments on one Redis).</summary>
    public string RedisPrefix { get; set; } = "rto";

    /// <summary>The data-protection application name, the same on every instance (not the content root path).</summary>
    public const string ApplicationName = "RentToOwn";

    /// <summary>True when any cluster setting is given (the production check then wants all of them).</summary>
    public static bool AnyConfigured(IConfiguration c) =>
        !string.IsNullOrWhiteSpace(c[$"{Section}:{nameof(Redis)}"])
        || !string.IsNullOrWhiteSpace(c[$"{Section}:{nameof(DataProtectionKeysDirectory)}"])
        || c.GetValue("Scheduling:Clustered", false);
}
