using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Scheduling;

/// <summary>
/// The real app with its Quartz scheduler running on the real clock, on a data directory (and database) the test
/// owns, so that a second instance can be started on the same store after the first is stopped. Like another
/// area, it adds a job of its own with <c>services.AddQuartz(q =&gt; q.ScheduleJob&lt;ProbeJob&gt;(…))</c>.
/// </summary>
public sealed class SchedulingPlatform : PlatformFactory
{
    /// <summary>Name of the probe's declared trigger (fires a year from now: it only has to be stored).</summary>
    public const string DeclaredProbe = "probe-declared";

    /// <summary>A host on <paramref name="dataDirectory"/>; PostgreSQL when <paramref name="postgres"/> is a connection string.</summary>
    public SchedulingPlatform(string dataDirectory, string? postgres = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        UseSystemClock = true;
        Settings["RentToOwn:DataDirectory"] = dataDirectory;
        Settings["Scheduling:MisfireThresholdSeconds"] = "1";
        if (postgres is not null)
        {
            Settings["Database:Provider"] = "PostgreSql";
            Settings["ConnectionStrings:Platform"] = postgres;
        }

        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) Settings[k] = v;
    }

    /// <summary>More test services (e.g. what another area registers), applied after the app's own.</summary>
    public Action<IServiceCollection>? MoreServices { get; set; }

    /// <summary>This host's probe firings.</summary>
    public ProbeLog Probe => Services.GetRequiredService<ProbeLog>();

    /// <summary>The running scheduler (waits until the hosted service has started it).</summary>
    public async Task<IScheduler> StartedSchedulerAsync()
    {
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        for (var i = 0; i < 300 && scheduler.Status != SchedulerStatus.Running; i++) await Task.Delay(50);
        Assert.True(scheduler.Status == SchedulerStatus.Running, "the Quartz scheduler did not start within 15 s");
        return scheduler;
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ProbeLog>();
            services.AddQuartz(q => q.ScheduleJob<ProbeJob>(t => t.WithIdentity(DeclaredProbe).StartAt(DateTimeOffset.UtcNow.AddYears(1))));
            MoreServices?.Invoke(services);
        });
    }
}
