using System.Collections.Concurrent;

namespace RentToOwn.LedgerAdapter.Witnesses;

/// <summary>Witness state in memory (tests, and an in-process witness whose log restarts with it).</summary>
public sealed class InMemoryWitnessStateStore : IWitnessStateStore
{
    private readonly ConcurrentDictionary<string, WitnessState> states = new();

    /// <inheritdoc />
    public WitnessState? Load(string origin) => states.TryGetValue(origin, out var s) ? s : null;

    /// <inheritdoc />
    public void Save(string origin, WitnessState state) => states[origin] = state;
}
