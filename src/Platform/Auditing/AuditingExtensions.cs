namespace RentToOwn.Platform.Auditing;

/// <summary>Registers the audit log's writers.</summary>
public static class AuditingExtensions
{
    /// <summary>Adds <see cref="PersonalDataAudit"/> and its group commit (<c>Auditing</c> settings), flushed when the host stops.</summary>
    public static IHostApplicationBuilder AddPersonalDataAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<AuditOptions>(builder.Configuration.GetSection("Auditing"));
        builder.Services.AddSingleton<IAuditStore, DbAuditStore>();
        builder.Services.AddSingleton<AuditGroupCommit>();
        builder.Services.AddHostedService<AuditGroupCommitShutdown>();
        builder.Services.AddScoped<PersonalDataAudit>();
        return builder;
    }

    // Commits the queued lines when the host stops (requests still running then write their own lines).
    private sealed class AuditGroupCommitShutdown(AuditGroupCommit commit) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => commit.StopAsync().WaitAsync(cancellationToken);
    }
}
