using Grpc.Core;
using RentToOwn.Kadastr.Simulator.Service;

namespace RentToOwn.Kadastr.Simulator.Faults;

/// <summary>Rolls the fault dice for each call: latency, UNAVAILABLE before work, a dropped reply after the commit.</summary>
public sealed class FaultInjector
{
    private readonly FaultOptions options;
    private readonly TimeProvider clock;
    private readonly Random random;
    private readonly Lock gate = new();
    private long unavailable;
    private long dropped;
    private long calls;

    /// <summary>Creates the injector.</summary>
    public FaultInjector(FaultOptions options, TimeProvider clock)
    {
        options.Validate();
        this.options = options;
        this.clock = clock;
        random = options.Seed is { } s ? new Random(s) : new Random();
    }

    /// <summary>How many calls reached the simulator (every method, retries included).</summary>
    public long Calls => Interlocked.Read(ref calls);

    /// <summary>How many calls were answered UNAVAILABLE up front.</summary>
    public long InjectedUnavailable => Interlocked.Read(ref unavailable);

    /// <summary>How many replies were dropped after their commit.</summary>
    public long InjectedDroppedReplies => Interlocked.Read(ref dropped);

    /// <summary>Before the call: latency, then maybe UNAVAILABLE.</summary>
    public async Task BeforeAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref calls);
        if (options.Latency > TimeSpan.Zero)
        {
            await Task.Delay(options.Latency, clock, ct).ConfigureAwait(false);
        }

        if (Roll(options.UnavailableRate))
        {
            Interlocked.Increment(ref unavailable);
            throw Rpc.Error(StatusCode.Unavailable, "injected fault: cadastre unavailable");
        }
    }

    /// <summary>After a state change committed: maybe lose the reply.</summary>
    public void AfterCommit()
    {
        if (Roll(options.DropReplyRate))
        {
            Interlocked.Increment(ref dropped);
            throw Rpc.Error(StatusCode.Unavailable, "injected fault: reply lost after commit");
        }
    }

    private bool Roll(double rate)
    {
        if (rate <= 0)
        {
            return false;
        }

        lock (gate)
        {
            return random.NextDouble() < rate;
        }
    }
}
