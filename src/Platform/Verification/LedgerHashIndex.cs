using RentToOwn.LedgerAdapter;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;

namespace RentToOwn.Platform.Verification;

/// <summary>
/// A search index over the ledger, by document SHA-256 and by CMS SHA-256 (A.18: find a signature's record from the
/// files a citizen holds). The ledger port finds records by subject id only, which a verifier does not know, so this
/// index reads every leaf once through <see cref="ISigningLedger.GetAsync"/> and catches up with the log before each
/// look-up (like a transparency log's separate search index). It holds leaf indexes only; records are read back from the
/// ledger, so a stale or wrong index can make a record missing, never a forged one appear.
/// </summary>
/// <param name="platformLedger">The platform's ledger.</param>
public sealed class LedgerHashIndex(PlatformLedger platformLedger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<Sha256Digest, List<long>> _byDocument = [];
    private readonly Dictionary<Sha256Digest, List<long>> _bySignature = [];
    private long _next;

    /// <summary>Times the index was dropped and rebuilt because the log was shorter than the index (a replaced ledger).</summary>
    public int Rebuilds { get; private set; }

    /// <summary>
    /// Catches up with the log now (called at start-up by <see cref="LedgerHashIndexWarmup"/>, so the first look-up
    /// does not pay for reading the whole log).
    /// </summary>
    public async Task RefreshAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await CatchUpAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Leaves indexed so far.</summary>
    public long Indexed => Interlocked.Read(ref _next);

    /// <summary>Records whose document hash is <paramref name="document"/>, oldest first.</summary>
    public Task<IReadOnlyList<LedgerEntry>> ByDocumentAsync(Sha256Digest document, CancellationToken ct = default) =>
        FindAsync(_byDocument, document, e => e.Record.DocumentSha256 == document, ct);

    /// <summary>Records whose CMS hash is <paramref name="signature"/>, oldest first.</summary>
    public Task<IReadOnlyList<LedgerEntry>> BySignatureAsync(Sha256Digest signature, CancellationToken ct = default) =>
        FindAsync(_bySignature, signature, e => e.Record.SignatureSha256 == signature, ct);

    private async Task<IReadOnlyList<LedgerEntry>> FindAsync(
        Dictionary<Sha256Digest, List<long>> map, Sha256Digest key, Func<LedgerEntry, bool> stillMatches, CancellationToken ct)
    {
        long[] indexes;
        await _gate.WaitAsync(ct);
        try
        {
            await CatchUpAsync(ct);
            indexes = map.TryGetValue(key, out var list) ? [.. list] : [];
        }
        finally
        {
            _gate.Release();
        }

        var ledger = await platformLedger.LedgerAsync(ct);
        var found = new List<LedgerEntry>(indexes.Length);
        foreach (var i in indexes)
        {
            if (await ledger.GetAsync(i, ct) is { } entry && stillMatches(entry))
            {
                found.Add(entry);
            }
        }

        return found;
    }

    private async Task CatchUpAsync(CancellationToken ct)
    {
        var ledger = await platformLedger.LedgerAsync(ct);
        var size = (await ledger.GetLatestCheckpointAsync(ct)).Checkpoint.Size;
        if (size < _next)
        {
            // The log is shorter than what was indexed: the ledger folder was replaced. Start again from leaf 0.
            _byDocument.Clear();
            _bySignature.Clear();
            Interlocked.Exchange(ref _next, 0);
            Rebuilds++;
        }

        while (_next < size)
        {
            var entry = await ledger.GetAsync(_next, ct);
            if (entry is null)
            {
                break; // committed but not yet readable: pick it up next time
            }

            Add(_byDocument, entry.Record.DocumentSha256, entry.Index);
            if (entry.Record.SignatureSha256 is { } s)
            {
                Add(_bySignature, s, entry.Index);
            }

            Interlocked.Increment(ref _next);
        }
    }

    private static void Add(Dictionary<Sha256Digest, List<long>> map, Sha256Digest key, long index)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(index);
    }
}
