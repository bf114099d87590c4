using System.Collections.Concurrent;
using Quartz;

namespace RentToOwn.Platform.Tests.Scheduling;

/// <summary>What <see cref="ProbeJob"/> saw: one entry per firing (a singleton per test host).</summary>
public sealed class ProbeLog
{
    /// <summary>Markers of the firings, in order.</summary>
    public ConcurrentQueue<string> Firings { get; } = new();
}

/// <summary>
/// A job from "another area": registered with <c>services.AddQuartz(q =&gt; q.ScheduleJob&lt;ProbeJob&gt;(…))</c>
/// or scheduled at runtime through <c>OneOffJobs</c>; records its <c>marker</c> job data.
/// </summary>
public sealed class ProbeJob(ProbeLog log) : IJob
{
    /// <inheritdoc />
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        log.Firings.Enqueue(context.MergedJobDataMap.TryGetString("marker", out var marker) && marker is not null ? marker : "declared");
        return ValueTask.CompletedTask;
    }
}
