using Quartz;
using RentToOwn.Platform.Scheduling.Reminders;
using RentToOwn.Platform.Scheduling;

namespace RentToOwn.Platform.VideoSessions.Reminders;

/// <summary>Quartz job: reminders before video sessions, A.21 and A.30 (<see cref="VideoSessionReminders"/>).</summary>
[DisallowConcurrentExecution]
public sealed class VideoSessionReminderJob(IServiceScopeFactory scopes, ILogger<VideoSessionReminderJob> logger)
    : ScheduledWorkJob<VideoSessionReminders>(scopes, logger, LogLevel.Information, "Video-session reminders produced: {Count}")
{
    /// <summary>Job and trigger name.</summary>
    public const string Name = "video-session-reminders";
}
