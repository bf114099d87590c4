using Microsoft.Extensions.DependencyInjection;
using Moq;
using Quartz;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Scheduling;

/// <summary>Fires a job the way Quartz does (a fresh instance from the container, one execution), on the host's clock.</summary>
internal static class JobRunner
{
    public static async Task RunAsync<TJob>(PlatformFactory app) where TJob : IJob
    {
        using var scope = app.Services.CreateScope();
        var job = ActivatorUtilities.CreateInstance<TJob>(scope.ServiceProvider);
        await job.Execute(Mock.Of<IJobExecutionContext>(), CancellationToken.None);
    }
}
