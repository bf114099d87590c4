using Microsoft.Extensions.Options;
using RentToOwn.LedgerAdapter;
using RentToOwn.LedgerAdapter.Anchoring;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Verification;

/// <summary>
/// Embedded default (A.18, A.39): the platform's signing ledger in a <see cref="LedgerDirectory"/> under the data
/// directory (SQLite Merkle log, Ed25519 log key, one local witness standing in for the State Corporation's node),
/// created on first start. Opened on first use; disposed with the host.
/// </summary>
public sealed class PlatformLedger : ISigningLedger, IAsyncDisposable
{
    private readonly Lazy<EmbeddedLedger> _ledger;
    private readonly LedgerDirectory _directory;
    private readonly Lazy<IAnchorStore> _anchors;
    private int _disposed;

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

    /// <summary>The ledger port (this object forwards to it too; the host disposes it once, through this object).</summary>
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
    public Task<LedgerReceipt> AppendAsync(SigningRecord record, CancellationToken cancellationToken = default) => Ledger.AppendAsync(record, cancellationToken);

    /// <inheritdoc />
    public Task<LedgerEntry?> GetAsync(long index, CancellationToken cancellationToken = default) => Ledger.GetAsync(index, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<LedgerEntry>> GetBySubjectAsync(string subjectId, CancellationToken cancellationToken = default) =>
        Ledger.GetBySubjectAsync(subjectId, cancellationToken);

    /// <inheritdoc />
    public Task<SignedCheckpoint> GetLatestCheckpointAsync(CancellationToken cancellationToken = default) => Ledger.GetLatestCheckpointAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<byte[]>> GetInclusionProofAsync(long index, long treeSize, CancellationToken cancellationToken = default) =>
        Ledger.GetInclusionProofAsync(index, treeSize, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<byte[]>> GetConsistencyProofAsync(long size1, long size2, CancellationToken cancellationToken = default) =>
        Ledger.GetConsistencyProofAsync(size1, size2, cancellationToken);

    /// <summary>Closes the ledger (once, however often it is called).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0 && _ledger.IsValueCreated)
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
