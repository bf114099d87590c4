using Quartz;
using RentToOwn.Platform.Scheduling.Reminders;
using RentToOwn.Platform.Scheduling;

namespace RentToOwn.Platform.Applications.Reminders;

/// <summary>Quartz job: A.13 reminders to officers (<see cref="ReviewDeadlineReminders"/>).</summary>
[DisallowConcurrentExecution]
public sealed class ReviewDeadlineReminderJob(IServiceScopeFactory scopes, ILogger<ReviewDeadlineReminderJob> logger)
    : ScheduledWorkJob<ReviewDeadlineReminders>(scopes, logger, LogLevel.Information, "A.13 review reminders produced: {Count}")
{
    /// <summary>Job and trigger name.</summary>
    public const string Name = "a13-review-reminders";
}
