using Microsoft.Extensions.Hosting;

namespace RentToOwn.Kadastr.Simulator.Hosting;

/// <summary>
/// A host lifetime that leaves process signals (Ctrl+C, SIGTERM) to the program that embeds the
/// simulator: the default console lifetime would swallow them for a host nobody waits on.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
