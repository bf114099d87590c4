using Microsoft.Extensions.Options;
using RentToOwn.Kadastr.Simulator.Seed;
using RentToOwn.Kadastr.Simulator.State;

namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>
/// The financing list, ЖТ МДБ and АХАЖ АЖ look-ups of the cadastre simulator's state registries (<see cref="IRegistryState"/>),
/// reused for the A.15 review: a private in-memory <see cref="SimulatorStore"/> opened from the simulator's built-in seed
/// (or <c>ReviewChecks:StateRegistrySeedFile</c>). The store is not thread-safe, so look-ups are serialised.
/// </summary>
public sealed class StateRegistryLookups : IFinancingList, IPersonRegistry, ICivilRegistry, IDisposable
{
    private readonly Lock _gate = new();
    private readonly string? _seedFile;
    private SimulatorStore? _store;

    /// <summary>Uses <c>ReviewChecks:StateRegistrySeedFile</c> when set, else the simulator's default seed.</summary>
    public StateRegistryLookups(IOptions<ReviewCheckOptions> options) => _seedFile = options.Value.StateRegistrySeedFile;

    /// <inheritdoc />
    public Task<bool> IsListedAsync(string iinOrBin, CancellationToken ct) => Task.FromResult(Read(s => s.IsOnSanctionsList(iinOrBin)));

    /// <inheritdoc />
    public Task<PersonRecord?> FindAsync(string iin, CancellationToken ct) => Task.FromResult(Read(s => s.FindPerson(iin)));

    /// <inheritdoc />
    public Task<CivilStatus> StatusAsync(string iin, CancellationToken ct) =>
        Task.FromResult(Read(s => new CivilStatus(s.CurrentSpouseOf(iin), s.HasDissolvedMarriage(iin), s.ChildrenOf(iin))));

    private T Read<T>(Func<IRegistryState, T> query)
    {
        lock (_gate)
        {
            try
            {
                _store ??= SimulatorStore.Open(null, string.IsNullOrEmpty(_seedFile) ? SeedLoader.Default() : SeedLoader.FromFile(_seedFile));
                return query(_store);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                throw new ReviewSourceUnavailableException($"the state registries could not be read: {ex.Message}", ex);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _store?.Dispose();
            _store = null;
        }
    }
}
