using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Scheduling;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Scheduling;

/// <summary>The store switch, composition with other areas' AddQuartz calls, and clear errors for bad settings.</summary>
public sealed class SchedulingConfigurationTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("rto-sched-cfg-").FullName;

    [Fact]
    public async Task Memory_store_keeps_no_tables()
    {
        await using var app = new SchedulingPlatform(_dataDir, settings: new Dictionary<string, string?> { ["Scheduling:Store"] = "Memory" });
        var scheduler = await app.StartedSchedulerAsync();
        Assert.False((await scheduler.GetMetadata()).JobStorePersistent);
        Assert.NotNull(await scheduler.GetTrigger(new TriggerKey(SchedulingPlatform.DeclaredProbe)));

        await using var conn = new SqliteConnection($"Data Source={Path.Combine(_dataDir, "platform.db")};Pooling=false");
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 'qrtz%'";
        Assert.Equal(0L, (long)(await cmd.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Disabled_scheduler_stays_stopped_even_if_another_area_adds_the_hosted_service()
    {
        await using var app = new SchedulingPlatform(_dataDir, settings: new Dictionary<string, string?> { ["Scheduling:Enabled"] = "false" })
        {
            MoreServices = services => services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true),
        };
        _ = app.Services;
        // Every hosted service's StartAsync (Quartz's included: AwaitApplicationStarted is off) has run once ApplicationStarted fires.
        var started = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted;
        await Task.Delay(Timeout.Infinite, started).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(started.IsCancellationRequested);
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotEqual(SchedulerStatus.Running, scheduler.Status);
        Assert.False((await scheduler.GetMetadata()).JobStorePersistent);
    }

    [Theory]
    [InlineData("Scheduling:VideoReminderHours", "24,soon", "Scheduling:VideoReminderHours")]
    [InlineData("Scheduling:VideoReminderHours", "0", "Scheduling:VideoReminderHours")]
    [InlineData("Scheduling:VideoReminderMinutes", "0", "Scheduling:VideoReminderMinutes")]
    [InlineData("Scheduling:MisfireThresholdSeconds", "0", "Scheduling:MisfireThresholdSeconds")]
    [InlineData("Scheduling:TablePrefix", "qrtz; drop", "Scheduling:TablePrefix")]
    [InlineData("Scheduling:Clustered", "true", "Scheduling:Clustered needs Database:Provider=PostgreSql")]
    public void Bad_settings_stop_the_start_with_a_clear_message(string key, string value, string expected)
    {
        using var app = new SchedulingPlatform(_dataDir, settings: new Dictionary<string, string?> { [key] = value });
        var error = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_areas_AddQuartz_before_ours_still_lands_in_the_database_store()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _dataDir });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["RentToOwn:DataDirectory"] = _dataDir });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ProbeLog>();
        // Registered first, as an area registered before Scheduling would.
        builder.Services.AddQuartz(q => q.ScheduleJob<ProbeJob>(t => t.WithIdentity("early-area-job").StartAt(DateTimeOffset.UtcNow.AddDays(1))));
        builder.AddPlatformPersistence();
        builder.AddPlatformScheduling();
        using var host = builder.Build();

        await host.StartAsync();
        try
        {
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.True((await scheduler.GetMetadata()).JobStorePersistent);
            Assert.NotNull(await scheduler.GetTrigger(new TriggerKey("early-area-job")));
            Assert.Contains((await QuartzTables.Sqlite(_dataDir).TriggersAsync()), t => t.Name == "early-area-job");
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public void Every_video_session_kind_has_its_reminder_wording()
    {
        foreach (var kind in Enum.GetNames<RentToOwn.Platform.VideoSessions.Model.VideoSessionKind>())
        {
            Assert.True(RentToOwn.Platform.Localization.UiText.Shared.Has("scheduling.kind." + kind), kind);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
