using Quartz;
using RentToOwn.Platform.Recipients;

namespace RentToOwn.Platform.Scheduling.Jobs;

/// <summary>Quartz job: A.7 reminders to recipients who have not applied (<see cref="ApplicationDeadlineReminders"/>).</summary>
/// <remarks>The class name is stored in the job store: renaming it needs the stored job replaced (see docs/scheduling.md).</remarks>
[DisallowConcurrentExecution]
public sealed class ApplicationReminderJob(IServiceScopeFactory scopes, ILogger<ApplicationReminderJob> logger) : IJob
{
    /// <summary>Job and trigger name.</summary>
    public const string Name = "a7-application-reminders";

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<ApplicationDeadlineReminders>().RunAsync(cancellationToken);
        if (sent > 0) logger.LogInformation("A.7 reminders sent: {Count}", sent);
    }
}
