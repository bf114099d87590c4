namespace RentToOwn.Kadastr.Simulator.Registration;

/// <summary>
/// Wakes watchers of an application when its events change. Not thread-safe on its own:
/// every call is made under the registrar's gate.
/// </summary>
internal sealed class ApplicationSignals
{
    private readonly Dictionary<string, TaskCompletionSource> signals = new(StringComparer.Ordinal);

    /// <summary>A task that completes at the next <see cref="Notify"/> for <paramref name="id"/>.</summary>
    public Task Next(string id)
    {
        if (!signals.TryGetValue(id, out var tcs))
        {
            tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            signals[id] = tcs;
        }

        return tcs.Task;
    }

    /// <summary>Wakes everyone waiting on <paramref name="id"/>.</summary>
    public void Notify(string id)
    {
        if (signals.Remove(id, out var tcs))
        {
            tcs.TrySetResult();
        }
    }
}
