using Microsoft.Extensions.Options;
using RentToOwn.LedgerAdapter.Anchoring;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Verification;

/// <summary>
/// The public parts of the platform ledger's folder (<c>rto ledger init</c> layout): the published log key
/// (<c>log.pub</c>), the local witness's key (<c>witness.pub</c>) and the anchors the anchoring job stored in the
/// ledger database. Read after <see cref="PlatformLedger"/> has created the folder.
/// </summary>
public sealed class LedgerFiles(PlatformLedger ledger, IOptions<LedgerOptions> options, DataDirectory data)
{
    /// <summary>Absolute ledger folder.</summary>
    public string Directory { get; } = Path.GetFullPath(options.Value.Directory, data.Path);

    /// <summary>The log's public key (log.pub).</summary>
    public async Task<NoteVerifierKey> LogKeyAsync(CancellationToken ct) => await ReadKeyAsync("log.pub", ct);

    /// <summary>The local witness's public key (witness.pub).</summary>
    public async Task<NoteVerifierKey> WitnessKeyAsync(CancellationToken ct) => await ReadKeyAsync("witness.pub", ct);

    /// <summary>The latest published EVM anchor, or null when the anchoring job has published none.</summary>
    public async Task<LedgerAnchor?> LatestAnchorAsync(CancellationToken ct)
    {
        await ledger.LedgerAsync(ct);
        if (ledger.IsRemote)
        {
            return null; // the log service holds no anchors: EVM and Fabric are not combined with it
        }

        return await new SqliteAnchorStore(Path.Combine(Directory, "ledger.db")).LatestAsync(ct);
    }

    private async Task<NoteVerifierKey> ReadKeyAsync(string file, CancellationToken ct)
    {
        await ledger.LedgerAsync(ct); // creates the folder on first start
        return NoteVerifierKey.Parse(await File.ReadAllTextAsync(Path.Combine(Directory, file), ct));
    }
}
