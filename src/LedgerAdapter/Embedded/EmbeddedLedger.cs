using System.Threading.Channels;
using Microsoft.Data.Sqlite;
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
/// so a log killed mid-append reopens consistent or refuses to open.
/// </summary>
public sealed class EmbeddedLedger : ISigningLedger, IAsyncDisposable
{
    private readonly EmbeddedLedgerOptions options;
    private readonly NoteSigningKey logKey;
    private readonly IReadOnlyList<IWitness> witnesses;
    private readonly string connectionString;
    private readonly SqliteConnection writeConnection;
    private readonly SqliteCommand insertLeaf;
    private readonly SqliteCommand insertCheckpoint;
    private readonly SqliteCommand updateCheckpoint;
    private readonly Channel<PendingAppend> queue = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });
    private readonly MerkleTree tree = new();
    private readonly Lock treeLock = new();
    private readonly Dictionary<string, byte[]> lastBySubject = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> witnessSizes = [];
    private readonly Channel<CommittedBatch> committed = Channel.CreateUnbounded<CommittedBatch>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Lock persistGate = new();
    private readonly Task writer;
    private readonly Task publisher;
    private volatile SignedCheckpoint latest;
    private (long Size, string Note)? cosignedToPersist;

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

        (this.options, this.logKey, this.witnesses) = (options, logKey, witnesses);
        connectionString = new SqliteConnectionStringBuilder { DataSource = options.DatabasePath, Pooling = true }.ToString();
        writeConnection = new SqliteConnection(connectionString);
        writeConnection.Open();
        Execute($"PRAGMA journal_mode=WAL; PRAGMA synchronous={options.Synchronous};"
            + "CREATE TABLE IF NOT EXISTS leaves(idx INTEGER PRIMARY KEY, subject TEXT NOT NULL, entry BLOB NOT NULL);"
            + "CREATE INDEX IF NOT EXISTS leaves_subject ON leaves(subject, idx);"
            + "CREATE TABLE IF NOT EXISTS checkpoints(size INTEGER PRIMARY KEY, note TEXT NOT NULL);");
        latest = Load();
        insertLeaf = Command("INSERT INTO leaves(idx, subject, entry) VALUES ($i, $s, $e)", "$i", "$s", "$e");
        insertCheckpoint = Command("INSERT OR REPLACE INTO checkpoints(size, note) VALUES ($i, $n)", "$i", "$n");
        updateCheckpoint = Command("UPDATE checkpoints SET note = $n WHERE size = $i", "$i", "$n");
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
    public async Task<LedgerEntry?> GetAsync(long index, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT entry FROM leaves WHERE idx = $i";
        cmd.Parameters.AddWithValue("$i", index);
        return await cmd.ExecuteScalarAsync(cancellationToken) is byte[] entry ? ToEntry(index, entry) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LedgerEntry>> GetBySubjectAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT idx, entry FROM leaves WHERE subject = $s ORDER BY idx";
        cmd.Parameters.AddWithValue("$s", subjectId);
        var result = new List<LedgerEntry>();
        await using var reader = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(ToEntry(reader.GetInt64(0), (byte[])reader[1]));
        }

        return result;
    }

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
        queue.Writer.TryComplete();
        await writer;
        await publisher;
        if (cosignedToPersist is { } c)
        {
            updateCheckpoint.Transaction = null;
            updateCheckpoint.Parameters["$i"].Value = c.Size;
            updateCheckpoint.Parameters["$n"].Value = c.Note;
            updateCheckpoint.ExecuteNonQuery();
        }

        insertLeaf.Dispose();
        insertCheckpoint.Dispose();
        updateCheckpoint.Dispose();
        await writeConnection.DisposeAsync();
    }

    private static LedgerEntry ToEntry(long index, byte[] entry) =>
        new(index, SigningRecordCodec.Decode(entry), Rfc6962.LeafHash(entry));

    private SignedCheckpoint Load()
    {
        using (var cmd = writeConnection.CreateCommand())
        {
            cmd.CommandText = "SELECT idx, subject, entry FROM leaves ORDER BY idx";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var index = reader.GetInt64(0);
                if (index != tree.Size)
                {
                    throw new InvalidDataException($"ledger: leaf {tree.Size} is missing (found {index})");
                }

                var leafHash = Rfc6962.LeafHash((byte[])reader[2]);
                tree.Append(leafHash);
                lastBySubject[reader.GetString(1)] = leafHash;
            }
        }

        string? note;
        using (var cmd = writeConnection.CreateCommand())
        {
            cmd.CommandText = "SELECT note FROM checkpoints ORDER BY size DESC LIMIT 1";
            note = cmd.ExecuteScalar() as string;
        }

        if (note is null)
        {
            if (tree.Size != 0)
            {
                throw new InvalidDataException("ledger: leaves are stored without a signed checkpoint");
            }

            var empty = CheckpointSigner.Sign(new Checkpoint(Origin, 0, tree.Root(0)), logKey).Format();
            Execute($"INSERT INTO checkpoints(size, note) VALUES (0, '{empty.Replace("'", "''")}')");
            return new SignedCheckpoint(Checkpoint.ParseBody(SignedNote.Parse(empty).Text), empty);
        }

        Checkpoint stored;
        try
        {
            stored = CheckpointVerifier.Verify(note, logKey.VerifierKey, [], 0).Checkpoint;
        }
        catch (VerificationException e)
        {
            throw new InvalidDataException("ledger: the latest stored checkpoint does not verify with the log key: " + e.Message);
        }

        if (stored.Size != tree.Size || !stored.RootHash.AsSpan().SequenceEqual(tree.Root(tree.Size)))
        {
            throw new InvalidDataException($"ledger: stored leaves (size {tree.Size}) do not match the latest signed checkpoint (size {stored.Size})");
        }

        return new SignedCheckpoint(stored, note);
    }

    private async Task WriterLoopAsync()
    {
        var batch = new List<PendingAppend>(options.MaxBatchSize);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < options.MaxBatchSize && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                CommitBatch(batch);
            }
            catch (Exception e)
            {
                foreach (var p in batch)
                {
                    p.Completion.TrySetException(e);
                }
            }

            batch.Clear();
        }

        committed.Writer.TryComplete();
    }

    // Stage 2 of the pipeline: cosign and hand out receipts while the writer commits the next batch.
    private async Task PublisherLoopAsync()
    {
        await foreach (var batch in committed.Reader.ReadAllAsync())
        {
            try
            {
                await PublishBatchAsync(batch);
            }
            catch (Exception e)
            {
                foreach (var a in batch.Accepted)
                {
                    a.Pending.Completion.TrySetException(e);
                }
            }
        }
    }

    private void CommitBatch(List<PendingAppend> batch)
    {
        // 1. Chain each record to its subject's previous record (batch-local overlay first).
        var accepted = new List<AcceptedAppend>(batch.Count);
        var overlay = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var p in batch)
        {
            var subject = p.Record.SubjectId;
            var previous = overlay.TryGetValue(subject, out var o) ? o : lastBySubject.GetValueOrDefault(subject);
            if (p.Record.PreviousRecordHash is { } expected && (previous is null || !expected.ToArray().AsSpan().SequenceEqual(previous)))
            {
                p.Completion.TrySetException(new LedgerConflictException(
                    $"subject '{subject}': previous record hash {expected} is not the latest ({(previous is null ? "none" : Convert.ToHexStringLower(previous))})"));
                continue;
            }

            var entry = p.EncodedWithoutPrevious;
            if (previous is not null)
            {
                entry = new byte[p.EncodedWithoutPrevious.Length + 32];
                p.EncodedWithoutPrevious.AsSpan(0, p.EncodedWithoutPrevious.Length - 1).CopyTo(entry);
                entry[p.EncodedWithoutPrevious.Length - 1] = 1;
                previous.CopyTo(entry, p.EncodedWithoutPrevious.Length);
            }

            var leafHash = Rfc6962.LeafHash(entry);
            overlay[subject] = leafHash;
            accepted.Add(new AcceptedAppend(p, entry, leafHash));
        }

        if (accepted.Count == 0)
        {
            return;
        }

        // 2. Extend the tree and sign one checkpoint for the whole batch.
        long oldSize, newSize;
        byte[] root;
        var memo = new Dictionary<long, byte[]>();
        lock (treeLock)
        {
            oldSize = tree.Size;
            foreach (var a in accepted)
            {
                tree.Append(a.LeafHash);
            }

            newSize = tree.Size;
            root = tree.Root(newSize, memo);
        }

        var checkpoint = new Checkpoint(Origin, newSize, root);
        var note = CheckpointSigner.Sign(checkpoint, logKey).Format();

        // 3. One durable transaction: leaves + signed checkpoint (+ the previous batch's cosignatures).
        try
        {
            using var tx = writeConnection.BeginTransaction();
            insertLeaf.Transaction = tx;
            var index = oldSize;
            foreach (var a in accepted)
            {
                insertLeaf.Parameters[0].Value = index++;
                insertLeaf.Parameters[1].Value = a.Pending.Record.SubjectId;
                insertLeaf.Parameters[2].Value = a.Entry;
                insertLeaf.ExecuteNonQuery();
            }

            (long Size, string Note)? toPersist;
            lock (persistGate)
            {
                toPersist = cosignedToPersist;
            }

            if (toPersist is { } c)
            {
                updateCheckpoint.Transaction = tx;
                updateCheckpoint.Parameters[0].Value = c.Size;
                updateCheckpoint.Parameters[1].Value = c.Note;
                updateCheckpoint.ExecuteNonQuery();
            }

            insertCheckpoint.Transaction = tx;
            insertCheckpoint.Parameters[0].Value = newSize;
            insertCheckpoint.Parameters[1].Value = note;
            insertCheckpoint.ExecuteNonQuery();
            tx.Commit();
            lock (persistGate)
            {
                if (cosignedToPersist == toPersist)
                {
                    cosignedToPersist = null;
                }
            }
        }
        catch
        {
            lock (treeLock)
            {
                tree.Truncate(oldSize);
            }

            throw;
        }

        foreach (var (subject, hash) in overlay)
        {
            lastBySubject[subject] = hash;
        }

        committed.Writer.TryWrite(new CommittedBatch(accepted, oldSize, newSize, checkpoint, note, memo));
    }

    private async Task PublishBatchAsync(CommittedBatch batch)
    {
        var (accepted, oldSize, newSize, checkpoint, note, memo) = (batch.Accepted, batch.OldSize, batch.NewSize, batch.Checkpoint, batch.Note, batch.Memo);

        // 4. Witness cosignatures (after the commit: a witness must never see a tree the log could lose).
        var cosigned = await CosignAsync(note, newSize);
        if (!ReferenceEquals(cosigned, note))
        {
            lock (persistGate)
            {
                cosignedToPersist = (newSize, cosigned);
            }
        }

        var signed = new SignedCheckpoint(checkpoint, cosigned);
        latest = signed;

        // 5. Each waiter gets its own inclusion proof in the batch's tree.
        lock (treeLock)
        {
            var index = oldSize;
            foreach (var a in accepted)
            {
                var proof = tree.InclusionProof(index, newSize, memo);
                var record = a.Pending.Record with
                {
                    PreviousRecordHash = a.Entry.Length > a.Pending.EncodedWithoutPrevious.Length
                        ? Sha256Digest.FromBytes(a.Entry.AsSpan(a.Entry.Length - 32)) : null,
                    SignedAt = DateTimeOffset.FromUnixTimeMilliseconds(a.Pending.Record.SignedAt.ToUnixTimeMilliseconds()),
                };
                a.Pending.Completion.TrySetResult(new LedgerReceipt(index, record, a.LeafHash, signed, proof));
                index++;
            }
        }
    }

    private async Task<string> CosignAsync(string note, long newSize)
    {
        if (witnesses.Count == 0)
        {
            return note;
        }

        var lines = new List<string>();
        foreach (var witness in witnesses)
        {
            var oldSize = witnessSizes.GetValueOrDefault(witness.Name, -1);
            for (var attempt = 0; attempt < 2; attempt++)
            {
                try
                {
                    var proofFrom = Math.Max(0, oldSize);
                    IReadOnlyList<byte[]> proof;
                    lock (treeLock)
                    {
                        proof = tree.ConsistencyProof(proofFrom, newSize);
                    }

                    lines.Add(await witness.AddCheckpointAsync(note, proofFrom, proof));
                    witnessSizes[witness.Name] = newSize;
                    break;
                }
                catch (WitnessRefusedException e) when (e.WitnessSize is { } size && size <= newSize && attempt == 0)
                {
                    oldSize = size; // tlog-witness 409: retry once from the size the witness has.
                }
                catch (WitnessRefusedException)
                {
                    // The checkpoint stays valid with the log signature alone; verifiers enforce their own threshold.
                    break;
                }
            }
        }

        return lines.Count == 0 ? note : note + string.Join("", lines.Select(l => l + "\n"));
    }

    private void Execute(string sql)
    {
        using var cmd = writeConnection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var cmd = writeConnection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new SqliteParameter { ParameterName = p });
        }

        cmd.Prepare();
        return cmd;
    }

    private sealed record AcceptedAppend(PendingAppend Pending, byte[] Entry, byte[] LeafHash);

    private sealed record CommittedBatch(List<AcceptedAppend> Accepted, long OldSize, long NewSize, Checkpoint Checkpoint, string Note, Dictionary<long, byte[]> Memo);
}
