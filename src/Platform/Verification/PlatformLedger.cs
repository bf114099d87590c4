using Microsoft.Extensions.Options;
using RentToOwn.LedgerAdapter;
using RentToOwn.LedgerAdapter.Anchoring;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Verification;

/// <summary>
/// Embedded default (A.18, A.39): the platform's signing ledger in a <see cref="LedgerDirectory"/> under the data
/// directory (SQLite Merkle log, Ed25519 log key, one local witness standing in for the State Corporation's node),
/// created on first start. Opened on first use; disposed with the host.
/// </summary>
public sealed class PlatformLedger : IAsyncDisposable
{
    private readonly Lazy<EmbeddedLedger> _ledger;
    private readonly LedgerDirectory _directory;
    private readonly Lazy<IAnchorStore> _anchors;

    /// <summary>Resolves the folder; nothing is opened until first use.</summary>
    public PlatformLedger(IOptions<PlatformLedgerOptions> options, DataDirectory data, TimeProvider time)
    {
        var o = options.Value;
        _directory = new LedgerDirectory(Path.GetFullPath(o.Directory, data.Path));
        _ledger = new Lazy<EmbeddedLedger>(() =>
        {
            if (!File.Exists(Path.Combine(_directory.Path, "log.key")))
            {
                _directory.InitAsync(o.Origin, o.WitnessName).GetAwaiter().GetResult();
            }

            return _directory.Open(time);
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        _anchors = new Lazy<IAnchorStore>(() =>
        {
            _ = _ledger.Value;
            return new SqliteAnchorStore(_directory.DatabasePath);
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The ledger port.</summary>
    public ISigningLedger Ledger => _ledger.Value;

    /// <summary>Absolute ledger folder.</summary>
    public string Directory => _directory.Path;

    /// <summary>The log's public key (log.pub).</summary>
    public NoteVerifierKey LogKey => ReadKey("log.pub");

    /// <summary>The local witness's public key (witness.pub).</summary>
    public NoteVerifierKey WitnessKey => ReadKey("witness.pub");

    /// <summary>Anchors published by the anchoring job (same database file), so bundles can carry them.</summary>
    public IAnchorStore AnchorStore => _anchors.Value;

    /// <summary>The deployment secret for signer references (HMAC of IIN/BIN).</summary>
    public byte[] DeploymentSecret()
    {
        _ = _ledger.Value;
        return _directory.DeploymentSecret();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_ledger.IsValueCreated)
        {
            await _ledger.Value.DisposeAsync();
        }
    }

    private NoteVerifierKey ReadKey(string file)
    {
        _ = _ledger.Value; // creates the folder on first start
        return NoteVerifierKey.Parse(File.ReadAllText(Path.Combine(_directory.Path, file)));
    }
}
