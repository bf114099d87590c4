using Microsoft.EntityFrameworkCore;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.Verification.Sheets;

/// <summary>
/// A.21, A.30: the registrar's signed verdict (the findings the cadastre verifies) of a registration's video session,
/// found through the ledger's document index (no hash column needed; only verdict records are considered).
/// </summary>
public sealed class VerdictDocumentSource(PlatformDbContext db, LedgerHashIndex index) : ISignedDocumentSource
{
    /// <inheritdoc />
    public async Task<StoredSignedDocument?> FindAsync(string sha256, CancellationToken ct)
    {
        var entries = await index.ByDocumentAsync(Sha256Digest.FromHex(sha256), ct);
        var leaves = entries.Where(e => e.Record.Kind == RecordKind.RegistrarVerdict).Select(e => e.Index).ToList();
        if (leaves.Count == 0) return null;
        var receipts = await db.ReceiptsAtAsync(leaves, ct);
        var linked = receipts.Keys.ToList();
        var verdict = (await db.Set<RegistrarVerdict>().AsNoTracking().Where(v => linked.Contains(v.ReceiptId)).ToListAsync(ct))
            .OrderBy(v => receipts[v.ReceiptId].LeafIndex).FirstOrDefault();
        if (verdict is null) return null;
        var registration = await db.Set<RegistrationApplication>().AsNoTracking().Where(a => a.VerdictSessionId == verdict.SessionId)
            .Select(a => new { a.LeaseId }).FirstOrDefaultAsync(ct);
        var subject = await db.Set<VideoSession>().AsNoTracking().Where(s => s.Id == verdict.SessionId).Select(s => s.SubjectId).FirstOrDefaultAsync(ct);
        return registration is null ? null : new StoredSignedDocument(SignedDocumentKind.Verdict, subject ?? verdict.SessionId.ToString(), registration.LeaseId,
            verdict.Document, [new StoredSignature("registrar", verdict.Signature, verdict.RecordedAt)]);
    }
}
