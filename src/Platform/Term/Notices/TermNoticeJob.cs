using Quartz;

namespace RentToOwn.Platform.Term.Notices;

/// <summary>Quartz job: runs <see cref="TermNotices"/> (payment reminders and arrears notices) in its own scope.</summary>
[DisallowConcurrentExecution]
public sealed class TermNoticeJob(IServiceScopeFactory scopes, ILogger<TermNoticeJob> logger) : IJob
{
    /// <summary>The job's key.</summary>
    public const string Name = "term-notices";

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<TermNotices>().RunAsync(cancellationToken);
        if (created > 0) logger.LogInformation("Term notices queued: {Count}", created);
    }
}
