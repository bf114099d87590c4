using System.Threading.Channels;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Embedded;

/// <summary>
/// The two-stage append pipeline: stage 1 (writer) commits a batch durably with its signed checkpoint;
/// stage 2 (publisher) collects witness cosignatures and hands each waiter its receipt.
/// </summary>
public sealed partial class EmbeddedLedger
{
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
                EmbeddedLedgerMetrics.BatchSize.Record(batch.Count);
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

    // Stage 2 of the pipeline: cosign and hand out receipts while the writer commits the next batch. The batches committed
    // meanwhile are published together under the newest checkpoint, so the witnesses cosign once per round, not per batch:
    // with a fast commit (synchronous=NORMAL) batches are small and per-batch cosigning was the bottleneck.
    private async Task PublisherLoopAsync()
    {
        var ready = new List<CommittedBatch>();
        while (await committed.Reader.WaitToReadAsync())
        {
            while (committed.Reader.TryRead(out var batch))
            {
                ready.Add(batch);
            }

            try
            {
                await PublishAsync(ready);
            }
            catch (Exception e)
            {
                foreach (var p in ready.SelectMany(b => b.Accepted.Select(a => a.Pending).Concat(b.Duplicates.Select(d => d.Pending))))
                {
                    p.Completion.TrySetException(e);
                }
            }

            ready.Clear();
        }
    }

    private void CommitBatch(List<PendingAppend> batch)
    {
        // 1. A record stored already (or earlier in this batch) gets that record's receipt: appends are idempotent.
        //    Then chain each record to its subject's previous record (batch-local overlay first).
        var accepted = new List<AcceptedAppend>(batch.Count);
        var duplicates = new List<DuplicateAppend>();
        var batchKeys = new Dictionary<string, AcceptedAppend>(StringComparer.Ordinal);
        var overlay = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var p in batch)
        {
            var key = Convert.ToHexString(p.Key);
            if (batchKeys.TryGetValue(key, out var first))
            {
                duplicates.Add(new DuplicateAppend(p, first, 0, first.Entry));
                continue;
            }

            if (storage.FindKey(null, p.Key) is { } stored)
            {
                duplicates.Add(new DuplicateAppend(p, null, stored.Index, stored.Entry));
                continue;
            }

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
            var append = new AcceptedAppend(p, entry, leafHash);
            accepted.Add(append);
            batchKeys[key] = append;
        }

        if (accepted.Count == 0)
        {
            if (duplicates.Count > 0)
            {
                var size = lastCommitted.Checkpoint.Size;
                committed.Writer.TryWrite(new CommittedBatch([], size, size, lastCommitted.Checkpoint, lastCommitted.Note, [], duplicates));
            }

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
            using var tx = storage.BeginBatch();
            var index = oldSize;
            foreach (var a in accepted)
            {
                a.Index = index;
                storage.InsertLeaf(tx, index, a.Pending.Record.SubjectId, a.Entry);
                storage.InsertKey(tx, a.Pending.Key, index++);
            }

            (long Size, string Note)? toPersist;
            lock (persistGate)
            {
                toPersist = cosignedToPersist;
            }

            if (toPersist is { } c)
            {
                storage.UpdateCheckpoint(tx, c.Size, c.Note);
            }

            storage.InsertCheckpoint(tx, newSize, note);
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

        lastCommitted = (checkpoint, note);
        committed.Writer.TryWrite(new CommittedBatch(accepted, oldSize, newSize, checkpoint, note, memo, duplicates));
    }

    private async Task PublishAsync(List<CommittedBatch> batches)
    {
        var last = batches[^1];
        var (newSize, checkpoint, note, memo) = (last.NewSize, last.Checkpoint, last.Note, last.Memo);

        // 4. Witness cosignatures (after the commit: a witness must never see a tree the log could lose).
        //    Only repeated records since the last publication: their receipts use the published checkpoint.
        var signed = latest;
        if (signed.Checkpoint.Size != newSize)
        {
            var cosigned = await cosigner.CosignAsync(note, newSize);
            if (!ReferenceEquals(cosigned, note))
            {
                lock (persistGate)
                {
                    cosignedToPersist = (newSize, cosigned);
                }
            }

            signed = new SignedCheckpoint(checkpoint, cosigned);
            latest = signed;
        }

        // 5. Each waiter gets its own inclusion proof in the newest tree.
        lock (treeLock)
        {
            foreach (var batch in batches)
            {
                var index = batch.OldSize;
                foreach (var a in batch.Accepted)
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

                foreach (var d in batch.Duplicates)
                {
                    var at = d.First?.Index ?? d.StoredIndex;
                    var proof = tree.InclusionProof(at, newSize, memo);
                    d.Pending.Completion.TrySetResult(new LedgerReceipt(at, SigningRecordCodec.Decode(d.Entry), Rfc6962.LeafHash(d.Entry), signed, proof));
                }
            }
        }
    }

    private sealed record AcceptedAppend(PendingAppend Pending, byte[] Entry, byte[] LeafHash)
    {
        public long Index { get; set; }
    }

    /// <summary>An append of a record stored already: in this batch (<paramref name="First"/>) or at <paramref name="StoredIndex"/>.</summary>
    private sealed record DuplicateAppend(PendingAppend Pending, AcceptedAppend? First, long StoredIndex, byte[] Entry);

    private sealed record CommittedBatch(
        List<AcceptedAppend> Accepted, long OldSize, long NewSize, Checkpoint Checkpoint, string Note, Dictionary<long, byte[]> Memo, List<DuplicateAppend> Duplicates);
}
