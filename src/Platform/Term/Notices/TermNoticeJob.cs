using Quartz;
using RentToOwn.Platform.Scheduling;

namespace RentToOwn.Platform.Term.Notices;

/// <summary>Quartz job: runs <see cref="TermNotices"/> (payment reminders and arrears notices) in its own scope.</summary>
[DisallowConcurrentExecution]
public sealed class TermNoticeJob(IServiceScopeFactory scopes, ILogger<TermNoticeJob> logger)
    : ScheduledWorkJob<TermNotices>(scopes, logger, LogLevel.Information, "Term notices queued: {Count}")
{
    /// <summary>The job's key.</summary>
    public const string Name = "term-notices";
}
