using System.Text.Json.Nodes;

namespace RentToOwn.Bench.Platform;

/// <summary>
/// Samples the thread pool's queue (<see cref="ThreadPool.PendingWorkItemCount"/>) and size every 10 ms on its own
/// thread (a pool timer would itself wait in that queue), for the reads suite: how many work items wait while requests do.
/// </summary>
public sealed class ThreadPoolQueue : IDisposable
{
    private readonly List<(long Pending, int Threads)> _samples = [];
    private readonly Thread _thread;
    private volatile bool _stop;

    private ThreadPoolQueue()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "bench thread-pool sampler" };
        _thread.Start();
    }

    /// <summary>Starts sampling.</summary>
    public static ThreadPoolQueue Sample() => new();

    /// <summary>Stops sampling (idempotent).</summary>
    public void Stop()
    {
        _stop = true;
        _thread.Join();
    }

    /// <summary>Queue length (mean, p50, p95, max) and threads (mean, max) over the samples.</summary>
    public JsonObject ToJson()
    {
        Stop();
        if (_samples.Count == 0) return new JsonObject { ["samples"] = 0 };
        var pending = _samples.Select(s => s.Pending).Order().ToArray();
        return new JsonObject
        {
            ["samples"] = _samples.Count,
            ["queuedItemsMean"] = Math.Round(pending.Average(), 1),
            ["queuedItemsP50"] = pending[pending.Length / 2],
            ["queuedItemsP95"] = pending[Math.Min(pending.Length - 1, (int)(pending.Length * 0.95))],
            ["queuedItemsMax"] = pending[^1],
            ["threadsMean"] = Math.Round(_samples.Average(s => s.Threads), 1),
            ["threadsMax"] = _samples.Max(s => s.Threads),
        };
    }

    /// <inheritdoc />
    public void Dispose() => Stop();

    private void Run()
    {
        while (!_stop)
        {
            _samples.Add((ThreadPool.PendingWorkItemCount, ThreadPool.ThreadCount));
            Thread.Sleep(10);
        }
    }
}
