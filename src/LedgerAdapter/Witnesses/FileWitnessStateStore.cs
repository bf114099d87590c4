using System.Text.Json;

namespace RentToOwn.LedgerAdapter.Witnesses;

/// <summary>Witness state in one JSON file, replaced atomically (write temp, fsync, rename).</summary>
/// <param name="path">The state file.</param>
public sealed class FileWitnessStateStore(string path) : IWitnessStateStore
{
    private readonly Lock gate = new();

    /// <inheritdoc />
    public WitnessState? Load(string origin)
    {
        lock (gate)
        {
            return ReadAll().TryGetValue(origin, out var s) ? new WitnessState(s.Size, Convert.FromBase64String(s.Root)) : null;
        }
    }

    /// <inheritdoc />
    public void Save(string origin, WitnessState state)
    {
        lock (gate)
        {
            var all = ReadAll();
            all[origin] = new Entry(state.Size, Convert.ToBase64String(state.RootHash));
            var temp = path + ".tmp";
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
            {
                JsonSerializer.Serialize(stream, all);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
    }

    private Dictionary<string, Entry> ReadAll() =>
        File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, Entry>>(File.ReadAllText(path)) ?? [] : [];

    private sealed record Entry(long Size, string Root);
}
