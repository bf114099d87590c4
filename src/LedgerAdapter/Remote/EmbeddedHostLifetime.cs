using Microsoft.Extensions.Hosting;

namespace RentToOwn.LedgerAdapter.Remote;

/// <summary>Leaves process signals (Ctrl+C, SIGTERM) to the program that embeds the log service.</summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
