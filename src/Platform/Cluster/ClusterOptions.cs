namespace RentToOwn.Platform.Cluster;

/// <summary>
/// Configuration section <c>Cluster</c>: what several platform instances on one PostgreSQL share besides the database
/// (issue 17 §2). Empty: one instance, as embedded.
/// </summary>
public sealed class ClusterOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Cluster";

    /// <summary>
    /// StackExchange.Redis configuration (e.g. <c>127.0.0.1:6379</c>, or a unix socket path): the SignalR backplane and the
    /// video rooms' membership, so participants on different instances meet in one room.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>A folder every instance reads and writes its data-protection keys in (cookies and anti-forgery tokens
    /// issued by one instance are read by the others).</summary>
    public string? DataProtectionKeysDirectory { get; set; }
}
