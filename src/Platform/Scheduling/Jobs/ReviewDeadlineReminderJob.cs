using Quartz;
using RentToOwn.Platform.Scheduling.Reminders;

namespace RentToOwn.Platform.Scheduling.Jobs;

/// <summary>Quartz job: A.13 reminders to officers (<see cref="ReviewDeadlineReminders"/>).</summary>
[DisallowConcurrentExecution]
public sealed class ReviewDeadlineReminderJob(IServiceScopeFactory scopes, ILogger<ReviewDeadlineReminderJob> logger) : IJob
{
    /// <summary>Job and trigger name.</summary>
    public const string Name = "a13-review-reminders";

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<ReviewDeadlineReminders>().RunAsync(cancellationToken);
        if (sent > 0) logger.LogInformation("A.13 review reminders produced: {Count}", sent);
    }
}
