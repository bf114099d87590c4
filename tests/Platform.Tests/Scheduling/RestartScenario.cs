using Microsoft.Extensions.DependencyInjection;
using Quartz;
using RentToOwn.Platform.Scheduling;
using RentToOwn.Platform.Applications.Reminders;
using RentToOwn.Platform.Recipients;
using RentToOwn.Platform.VideoSessions.Reminders;

namespace RentToOwn.Platform.Tests.Scheduling;

/// <summary>
/// Start the platform, check its jobs and triggers are rows in the database, schedule a one-off job due in a moment,
/// stop before it fires, start again after it was due: same declared triggers, none duplicated, and the one-off
/// job fires (once) in the second instance.
/// </summary>
internal static class RestartScenario
{
    private static readonly string[] Declared =
    [
        ApplicationReminderJob.Name, ReviewDeadlineReminderJob.Name, VideoSessionReminderJob.Name, SchedulingPlatform.DeclaredProbe,
    ];

    public static async Task RunAsync(Func<SchedulingPlatform> start, QuartzTables tables)
    {
        List<QuartzTables.TriggerRow> before;
        DateTimeOffset dueAt;
        await using (var first = start())
        {
            var scheduler = await first.StartedSchedulerAsync();
            Assert.Equal("RentToOwn", scheduler.SchedulerName);
            Assert.True((await scheduler.GetMetadata()).JobStorePersistent, "the job store must be the database");

            before = await tables.TriggersAsync();
            AssertDeclaredOnce(before);
            var jobs = await tables.JobsAsync();
            Assert.Contains(jobs, j => j.Name == VideoSessionReminderJob.Name && j.JobClass.Contains(typeof(VideoSessionReminderJob).FullName!, StringComparison.Ordinal));
            Assert.Contains(jobs, j => j.Name == SchedulingPlatform.DeclaredProbe && j.JobClass.Contains(typeof(ProbeJob).FullName!, StringComparison.Ordinal));

            // A job scheduled from running code, due in a moment; firing stops before it is due. Standby comes first:
            // scheduling and stopping after it raced the due time on a loaded machine (the probe could fire in the
            // first instance). A scheduler in standby still stores what it is given.
            await scheduler.Standby();
            dueAt = DateTimeOffset.UtcNow.AddSeconds(2); // in the future when OneOffJobs reads the clock, even on a loaded machine
            await first.Services.GetRequiredService<OneOffJobs>()
                .ScheduleAsync<ProbeJob>("restart-probe", dueAt, new Dictionary<string, string> { ["marker"] = "scheduled-before-restart" }, CancellationToken.None);
            var stored = (await tables.TriggersAsync()).Single(t => t.Group == OneOffJobs.Group);
            Assert.Equal("restart-probe", stored.Name);
            Assert.Equal(dueAt.UtcTicks / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond, stored.NextFireTime / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond);
            Assert.DoesNotContain("scheduled-before-restart", first.Probe.Firings);
        }

        // Down past the due time and the 1 s misfire threshold: on restart it is a misfire, fired once now.
        var wait = dueAt.AddSeconds(2.5) - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero) await Task.Delay(wait);

        await using (var second = start())
        {
            await second.StartedSchedulerAsync();
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!second.Probe.Firings.Contains("scheduled-before-restart") && waited.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(50);
            Assert.Contains("scheduled-before-restart", second.Probe.Firings);
            // Fired once and done: the one-off job's trigger and job rows are deleted, so nothing is left that could fire it again.
            while ((await tables.JobsAsync()).Any(j => j.Name == "restart-probe") && waited.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(50);
            Assert.DoesNotContain(await tables.TriggersAsync(), t => t.Group == OneOffJobs.Group);
            Assert.Single(second.Probe.Firings, f => f == "scheduled-before-restart");

            var after = await tables.TriggersAsync();
            AssertDeclaredOnce(after);
            // Same declared triggers (a restart replaces, never adds); the fired one-off job is gone.
            Assert.Equal(before.Where(t => t.Group != OneOffJobs.Group).Select(t => (t.Scheduler, t.Group, t.Name, t.Job)),
                after.Select(t => (t.Scheduler, t.Group, t.Name, t.Job)));
            Assert.DoesNotContain(await tables.JobsAsync(), j => j.Name == "restart-probe");
        }
    }

    private static void AssertDeclaredOnce(List<QuartzTables.TriggerRow> rows)
    {
        foreach (var name in Declared)
        {
            var row = Assert.Single(rows, t => t.Name == name);
            Assert.Equal("RentToOwn", row.Scheduler);
            Assert.Equal(name, row.Job);
        }
    }
}
