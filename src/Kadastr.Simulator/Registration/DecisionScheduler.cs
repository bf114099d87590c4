namespace RentToOwn.Kadastr.Simulator.Registration;

/// <summary>
/// A.38: takes the decision on an application under review, at once or
/// <see cref="SimulatorOptions.ProcessingDelay"/> later, always under the registrar's gate.
/// </summary>
internal sealed class DecisionScheduler : IDisposable
{
    private readonly SemaphoreSlim gate;
    private readonly TimeProvider clock;
    private readonly SimulatorOptions options;
    private readonly Action<string> decide;
    private readonly CancellationTokenSource shutdown = new();

    /// <summary>Creates the scheduler; <paramref name="decide"/> runs with <paramref name="gate"/> held.</summary>
    public DecisionScheduler(SemaphoreSlim gate, TimeProvider clock, SimulatorOptions options, Action<string> decide)
    {
        this.gate = gate;
        this.clock = clock;
        this.options = options;
        this.decide = decide;
    }

    /// <summary>
    /// Schedules the decision on <paramref name="id"/>. With <paramref name="inline"/> and no
    /// processing delay it is taken now, on the caller's thread: the caller must hold the gate.
    /// </summary>
    public void Schedule(string id, bool inline)
    {
        if (inline && options.ProcessingDelay <= TimeSpan.Zero)
        {
            decide(id); // the caller holds the gate
            return;
        }

        var token = shutdown.Token;
        // The timer starts now (not when a pool thread gets to it), so the decision time is exact.
        var wait = options.ProcessingDelay > TimeSpan.Zero ? Task.Delay(options.ProcessingDelay, clock, token) : Task.CompletedTask;
        _ = DecideAfterAsync(wait, id, token);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        shutdown.Cancel();
        shutdown.Dispose();
    }

    private async Task DecideAfterAsync(Task wait, string id, CancellationToken token)
    {
        try
        {
            await wait.ConfigureAwait(false);
            await gate.WaitAsync(token).ConfigureAwait(false);
            try
            {
                decide(id);
            }
            finally
            {
                gate.Release();
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the decision is taken again after a restart.
        }
        catch (ObjectDisposedException)
        {
            // Shut down while waiting.
        }
    }
}
