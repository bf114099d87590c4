using Quartz;
using RentToOwn.Platform.Scheduling;

namespace RentToOwn.Platform.Registration.Deadlines;

/// <summary>A.38: the Quartz job running <see cref="RegistrationDeadlineMonitor"/>.</summary>
[DisallowConcurrentExecution]
public sealed class RegistrationDeadlineJob(IServiceScopeFactory scopes, ILogger<RegistrationDeadlineJob> logger)
    : ScheduledWorkJob<RegistrationDeadlineMonitor>(scopes, logger, LogLevel.Warning, "A.38: {Count} registration(s) missed the one-working-day deadline")
{
    /// <summary>The job's key.</summary>
    public static readonly JobKey Key = new("a38-registration-deadline");
}
