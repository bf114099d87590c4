using Quartz;
using RentToOwn.Platform.Scheduling.Reminders;

namespace RentToOwn.Platform.Scheduling.Jobs;

/// <summary>Quartz job: reminders before video sessions, A.21 and A.30 (<see cref="VideoSessionReminders"/>).</summary>
[DisallowConcurrentExecution]
public sealed class VideoSessionReminderJob(IServiceScopeFactory scopes, ILogger<VideoSessionReminderJob> logger) : IJob
{
    /// <summary>Job and trigger name.</summary>
    public const string Name = "video-session-reminders";

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sent = await scope.ServiceProvider.GetRequiredService<VideoSessionReminders>().RunAsync(cancellationToken);
        if (sent > 0) logger.LogInformation("Video-session reminders produced: {Count}", sent);
    }
}
