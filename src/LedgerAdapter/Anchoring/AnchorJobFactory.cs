using Quartz;
using Quartz.Extensibility;

namespace RentToOwn.LedgerAdapter.Anchoring;

/// <summary>A Quartz job factory for hosts without DI: builds <see cref="CheckpointAnchorJob"/> with its anchorer.</summary>
/// <param name="anchorer">The anchorer.</param>
public sealed class AnchorJobFactory(CheckpointAnchorer anchorer) : IJobFactory
{
    /// <inheritdoc />
    public ValueTask<JobScope> CreateJob(TriggerFiredBundle bundle, IScheduler scheduler, CancellationToken cancellationToken) =>
        bundle.JobDetail.JobType == typeof(CheckpointAnchorJob)
            ? ValueTask.FromResult(new JobScope(new CheckpointAnchorJob(anchorer), null))
            : throw new SchedulerException($"this factory only builds {nameof(CheckpointAnchorJob)}");

    /// <inheritdoc />
    public ValueTask ReturnJob(JobScope scope, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
