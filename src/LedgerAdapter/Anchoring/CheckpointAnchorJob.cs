using Quartz;

namespace RentToOwn.LedgerAdapter.Anchoring;

/// <summary>The Quartz job that runs <see cref="CheckpointAnchorer"/> every N seconds (never two at once).</summary>
/// <param name="anchorer">The anchorer (constructor-injected by the job factory or DI).</param>
[DisallowConcurrentExecution]
public sealed class CheckpointAnchorJob(CheckpointAnchorer anchorer) : IJob
{
    /// <summary>Job key.</summary>
    public static readonly JobKey Key = new("ledger-checkpoint-anchor", "ledger");

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await anchorer.AnchorLatestAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next run retries; Quartz records the failure.
            throw new JobExecutionException(e);
        }
    }

    /// <summary>Schedules the job on <paramref name="scheduler"/> every <paramref name="interval"/>.</summary>
    public static async Task ScheduleAsync(IScheduler scheduler, TimeSpan interval, TimeProvider time, CancellationToken ct = default)
    {
        var job = JobBuilder.Create<CheckpointAnchorJob>().WithIdentity(Key).Build();
        var trigger = TriggerBuilder.Create(time).WithIdentity("ledger-checkpoint-anchor-trigger", "ledger").StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever())
            .Build();
        await scheduler.ScheduleJob(job, trigger, cancellationToken: ct);
    }
}
