using Quartz;

namespace RentToOwn.Platform.Scheduling;

/// <summary>
/// Schedules a job to run once at a given time, from running code (not at start-up). The job and its trigger go
/// into the persistent store under a fixed name, so they survive a restart; scheduling the same name again
/// replaces them. A firing missed while the platform was down runs once as soon as it is back.
/// </summary>
public sealed class OneOffJobs(ISchedulerFactory schedulers, TimeProvider time)
{
    /// <summary>Group of the jobs and triggers this class schedules.</summary>
    public const string Group = "one-off";

    /// <summary>Schedules <typeparamref name="TJob"/> under <paramref name="name"/> at <paramref name="at"/> with string <paramref name="data"/>.</summary>
    public async Task ScheduleAsync<TJob>(string name, DateTimeOffset at, IReadOnlyDictionary<string, string>? data, CancellationToken ct)
        where TJob : IJob
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > 150) throw new ArgumentException("A job name has at most 150 characters.", nameof(name));
        var scheduler = await schedulers.GetScheduler(ct);
        var job = JobBuilder.Create<TJob>().WithIdentity(name, Group);
        foreach (var (key, value) in data ?? new Dictionary<string, string>()) job = job.UsingJobData(key, value);
        var trigger = TriggerBuilder.Create().WithIdentity(name, Group)
            .StartAt(at < time.GetUtcNow() ? time.GetUtcNow() : at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(job.Build(), trigger, new ScheduleJobOptions { Replace = true }, ct);
    }

    /// <summary>Removes a scheduled one-off job; false when there was none.</summary>
    public async Task<bool> CancelAsync(string name, CancellationToken ct) =>
        await (await schedulers.GetScheduler(ct)).DeleteJob(new JobKey(name, Group), ct);
}
