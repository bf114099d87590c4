using Quartz;
using RentToOwn.Platform.Scheduling;

namespace RentToOwn.Platform.Recipients;

/// <summary>Quartz job: A.7 reminders to recipients who have not applied (<see cref="ApplicationDeadlineReminders"/>).</summary>
/// <remarks>The class name is stored in the job store: renaming it needs the stored job replaced (see docs/scheduling.md).</remarks>
[DisallowConcurrentExecution]
public sealed class ApplicationReminderJob(IServiceScopeFactory scopes, ILogger<ApplicationReminderJob> logger)
    : ScheduledWorkJob<ApplicationDeadlineReminders>(scopes, logger, LogLevel.Information, "A.7 reminders sent: {Count}")
{
    /// <summary>Job and trigger name.</summary>
    public const string Name = "a7-application-reminders";
}
