using Quartz;

namespace RentToOwn.Platform.Scheduling;

/// <summary>
/// The one shape of the platform's Quartz jobs: runs <typeparamref name="TWork"/> in its own scope and logs what it did.
/// Each area declares its job beside its work (<c>sealed class XJob(…) : ScheduledWorkJob&lt;XWork&gt;(…)</c>) with a fixed
/// name; the class name is stored in the job store (a renamed declared job is replaced at the next start, docs/scheduling.md).
/// </summary>
/// <typeparam name="TWork">The scoped work.</typeparam>
public abstract class ScheduledWorkJob<TWork>(IServiceScopeFactory scopes, ILogger logger, LogLevel level, string done) : IJob
    where TWork : IScheduledWork
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<TWork>().RunAsync(cancellationToken);
#pragma warning disable CA2254 // the template is each job's constant
        if (count > 0) logger.Log(level, done, count);
#pragma warning restore CA2254
    }
}
