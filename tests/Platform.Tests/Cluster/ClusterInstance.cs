using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.Scheduling;

namespace RentToOwn.Platform.Tests.Cluster;

/// <summary>
/// One platform instance of a cluster: the shared PostgreSQL database, Quartz clustered on it, the Redis backplane and
/// rooms, the shared data-protection key folder and the log service (issue 17 §2). Its own data folder, the real clock and
/// probe log (<see cref="ProbeJob"/> firings on this instance).
/// </summary>
public sealed class ClusterInstance : PlatformFactory
{
    /// <summary>An instance with the given shared settings (and <c>Scheduling:Clustered</c>, jobs on).</summary>
    public ClusterInstance(string name, IReadOnlyDictionary<string, string?> shared)
    {
        Name = name;
        // The real clock, as in production: Quartz's cluster check-ins and one-off jobs run on it, and so does the app (the
        // test PKI of real-clock hosts; a fake app clock beside Quartz's real one would not be a cluster).
        UseSystemClock = true;
        foreach (var (k, v) in shared) Settings[k] = v;
        Settings["Jobs:Enabled"] = "true";
        Settings["Scheduling:Clustered"] = "true";
    }

    /// <summary>A, B, C…</summary>
    public string Name { get; }

    /// <summary>This instance's probe firings.</summary>
    public ProbeLog Probe => Services.GetRequiredService<ProbeLog>();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ProbeLog>());
    }
}
