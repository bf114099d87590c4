using Microsoft.EntityFrameworkCore;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Verification.Sheets;

/// <summary>
/// A.25–A.28: the cadastre's registration results. The ledger's RegistrationResult record holds the SHA-256 of the event
/// message; the platform keeps those bytes (<see cref="RegistrationEvent.Message"/>), so the result has a sheet and the
/// verifier checks the hash. Found through the ledger's document index, like the verdicts.
/// </summary>
public sealed class RegistrationResultDocumentSource(PlatformDbContext db, LedgerHashIndex index) : ISignedDocumentSource
{
    /// <inheritdoc />
    public async Task<StoredSignedDocument?> FindAsync(string sha256, CancellationToken ct)
    {
        var entries = await index.ByDocumentAsync(Sha256Digest.FromHex(sha256), ct);
        var leaves = entries.Where(e => e.Record.Kind == RecordKind.RegistrationResult).Select(e => e.Index).ToList();
        if (leaves.Count == 0) return null;
        var receipts = await db.ReceiptsAtAsync(leaves, ct);
        var linked = receipts.LinkIds();
        var e = (await db.Set<RegistrationEvent>().AsNoTracking().Where(x => linked.Contains(x.ReceiptId) && x.Message != null).ToListAsync(ct))
            .OrderBy(x => receipts.Of(x.ReceiptId)!.LeafIndex).FirstOrDefault();
        if (e?.Message is null) return null;
        var lease = await db.Set<RegistrationApplication>().AsNoTracking().Where(a => a.Id == e.RegistrationId).Select(a => (Guid?)a.LeaseId).FirstOrDefaultAsync(ct);
        return lease is { } leaseId
            ? new StoredSignedDocument(SignedDocumentKind.RegistrationResult, $"{e.CadastreId} #{e.Sequence} {e.Code}", leaseId, e.Message, [],
                receipts.Of(e.ReceiptId)!.LeafIndex)
            : null;
    }
}
