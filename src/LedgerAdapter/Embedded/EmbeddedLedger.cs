using System.Threading.Channels;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Verification;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Embedded;

/// <summary>
/// The default ledger backend: an append-only RFC 6962 Merkle log in SQLite (WAL). One writer loop
/// drains every pending append into one transaction (group commit), signs one checkpoint per batch,
/// has it cosigned by the witnesses, and hands each waiter its own receipt with an inclusion proof.
/// A receipt is returned only after its transaction committed (durable per <see cref="EmbeddedLedgerOptions.Synchronous"/>).
/// On open the tree is rebuilt from the stored leaves and checked against the latest stored checkpoint,
/// so a log killed mid-append reopens consistent or refuses to open; a newest checkpoint left without
/// its witness cosignatures is cosigned before the log is used, and a tail shorter than what a witness
/// cosigned (a truncated or rolled-back file) refuses to open.
/// </summary>
public sealed partial class EmbeddedLedger : ISigningLedger, IAsyncDisposable
{
    private readonly EmbeddedLedgerOptions options;
    private readonly NoteSigningKey logKey;
    private readonly LedgerStorage storage;
    private readonly WitnessCosigner cosigner;
    private readonly Channel<PendingAppend> queue = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });
    private readonly MerkleTree tree = new();
    private readonly Lock treeLock = new();
    private readonly Dictionary<string, byte[]> lastBySubject = new(StringComparer.Ordinal);
    private readonly Channel<CommittedBatch> committed = Channel.CreateUnbounded<CommittedBatch>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Lock persistGate = new();
    private readonly Task writer;
    private readonly Task publisher;
    private volatile SignedCheckpoint latest;
    private (Checkpoint Checkpoint, string Note) lastCommitted;
    private (long Size, string Note)? cosignedToPersist;
    private int disposed;

    private EmbeddedLedger(EmbeddedLedgerOptions options, NoteSigningKey logKey, IReadOnlyList<IWitness> witnesses)
    {
        if (logKey.Algorithm != NoteKeyAlgorithm.Ed25519)
        {
            throw new ArgumentException("the log key must be an Ed25519 note key", nameof(logKey));
        }

        if (options.Synchronous is not ("FULL" or "NORMAL" or "EXTRA"))
        {
            throw new ArgumentException("Synchronous must be FULL, EXTRA or NORMAL", nameof(options));
        }

        (this.options, this.logKey) = (options, logKey);
        cosigner = new WitnessCosigner(witnesses, ConsistencyProof);
        storage = new LedgerStorage(options.DatabasePath, options.Synchronous);
        try
        {
            latest = CatchUpWitnesses(Load(), witnesses);
            lastCommitted = (latest.Checkpoint, latest.Note);
        }
        catch
        {
            storage.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }

        writer = Task.Factory.StartNew(WriterLoopAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        publisher = Task.Run(PublisherLoopAsync);
    }

    /// <summary>The log's origin (its key name).</summary>
    public string Origin => logKey.Name;

    /// <summary>Opens (creating if needed) the log in <see cref="EmbeddedLedgerOptions.DatabasePath"/>.</summary>
    /// <exception cref="InvalidDataException">When the stored leaves do not match the stored signed checkpoint.</exception>
    public static EmbeddedLedger Open(EmbeddedLedgerOptions options, NoteSigningKey logKey, IReadOnlyList<IWitness>? witnesses = null) =>
        new(options, logKey, witnesses ?? []);

    /// <inheritdoc />
    public Task<LedgerReceipt> AppendAsync(SigningRecord record, CancellationToken cancellationToken = default)
    {
        // Bad input is refused here, before it can reach the writer (A.39: PII checks included).
        var encoded = SigningRecordCodec.Encode(record with { PreviousRecordHash = null });
        var pending = new PendingAppend(record, encoded);
        if (!queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(EmbeddedLedger));
        }

        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<LedgerEntry?> GetAsync(long index, CancellationToken cancellationToken = default) =>
        await storage.GetEntryAsync(index, cancellationToken) is { } entry ? ToEntry(index, entry) : null;

    /// <inheritdoc />
    public async Task<IReadOnlyList<LedgerEntry>> GetBySubjectAsync(string subjectId, CancellationToken cancellationToken = default) =>
        (await storage.GetBySubjectAsync(subjectId, cancellationToken)).Select(r => ToEntry(r.Index, r.Entry)).ToList();

    /// <inheritdoc />
    public Task<SignedCheckpoint> GetLatestCheckpointAsync(CancellationToken cancellationToken = default) => Task.FromResult(latest);

    /// <inheritdoc />
    public Task<IReadOnlyList<byte[]>> GetInclusionProofAsync(long index, long treeSize, CancellationToken cancellationToken = default)
    {
        lock (treeLock)
        {
            return Task.FromResult<IReadOnlyList<byte[]>>(tree.InclusionProof(index, treeSize));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<byte[]>> GetConsistencyProofAsync(long size1, long size2, CancellationToken cancellationToken = default)
    {
        lock (treeLock)
        {
            return Task.FromResult<IReadOnlyList<byte[]>>(tree.ConsistencyProof(size1, size2));
        }
    }

    /// <summary>The root of the tree of <paramref name="treeSize"/> leaves (any size up to the current one).</summary>
    public byte[] GetRoot(long treeSize)
    {
        lock (treeLock)
        {
            return treeSize <= tree.Size ? tree.Root(treeSize) : throw new ArgumentOutOfRangeException(nameof(treeSize));
        }
    }

    /// <summary>Stops accepting appends, finishes the queued ones and closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return; // Idempotent: a host may dispose the ledger and its owner both.
        }

        queue.Writer.TryComplete();
        await writer;
        await publisher;
        if (cosignedToPersist is { } c)
        {
            storage.UpdateCheckpoint(null, c.Size, c.Note);
        }

        await storage.DisposeAsync();
    }

    private IReadOnlyList<byte[]> ConsistencyProof(long size1, long size2)
    {
        lock (treeLock)
        {
            return tree.ConsistencyProof(size1, size2);
        }
    }

    private static LedgerEntry ToEntry(long index, byte[] entry) =>
        new(index, SigningRecordCodec.Decode(entry), Rfc6962.LeafHash(entry));
}
