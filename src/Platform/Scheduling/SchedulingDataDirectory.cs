using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Scheduling;

/// <summary>Makes sure the data directory (where the SQLite job store lives) exists before Quartz starts.</summary>
internal sealed class SchedulingDataDirectory(DataDirectory directory) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory.Path);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
