using Quartz;

namespace RentToOwn.Platform.Recipients;

/// <summary>Quartz job: runs <see cref="ApplicationDeadlineReminders"/> (A.7) in its own scope.</summary>
[DisallowConcurrentExecution]
public sealed class DeadlineReminderJob(IServiceScopeFactory scopes, ILogger<DeadlineReminderJob> logger) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<ApplicationDeadlineReminders>().RunAsync(cancellationToken);
        if (sent > 0) logger.LogInformation("A.7 reminders sent: {Count}", sent);
    }
}
