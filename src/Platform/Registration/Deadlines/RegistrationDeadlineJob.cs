using Quartz;

namespace RentToOwn.Platform.Registration.Deadlines;

/// <summary>A.38: the Quartz job running <see cref="RegistrationDeadlineMonitor"/>.</summary>
[DisallowConcurrentExecution]
public sealed class RegistrationDeadlineJob(IServiceScopeFactory scopes, ILogger<RegistrationDeadlineJob> logger) : IJob
{
    /// <summary>The job's key.</summary>
    public static readonly JobKey Key = new("a38-registration-deadline");

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var alerts = await scope.ServiceProvider.GetRequiredService<RegistrationDeadlineMonitor>().CheckAsync(cancellationToken);
        if (alerts > 0) logger.LogWarning("A.38: {Count} registration(s) missed the one-working-day deadline", alerts);
    }
}
