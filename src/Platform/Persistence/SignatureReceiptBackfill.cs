using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Persistence;

/// <summary>
/// Issue 11: signatures stored before their row carried a receipt link (A.12 guarantors and spouses, A.16 approvals and
/// refusals, A.20–A.22 registration forms) get the id of the <c>ledger_receipts</c> row of their subject and kind whose
/// <see cref="Ledger.StoredReceipt.SignatureSha256"/> is their CMS's. Run after migrating (SQLite has no SHA-256 in SQL);
/// a row whose receipt is not found stays unlinked, and a linked row is never touched again.
/// </summary>
public static class SignatureReceiptBackfill
{
    /// <summary>Links every unlinked stored signature it finds a receipt for; returns how many it linked.</summary>
    public static async Task<int> RunAsync(PlatformDbContext db, CancellationToken ct)
    {
        var linked = 0;
        async Task LinkAsync<T>(IQueryable<T> rows, Func<T, (LedgerSubject Subject, RecordKind Kind, byte[] Cms)> what, Func<T, Guid, CancellationToken, Task> link)
        {
            foreach (var row in await rows.ToListAsync(ct))
            {
                var (subject, kind, cms) = what(row);
                if (await ReceiptOfAsync(db, subject, kind, cms, ct) is not { } receipt) continue;
                await link(row, receipt, ct);
                linked++;
            }
        }

        var apps = db.Applications.AsNoTracking();
        await LinkAsync(db.GuarantorInvitations.AsNoTracking().Where(g => g.SignatureCms != null && g.ReceiptId == null).Select(g => new { g.Id, g.ApplicationId, g.SignatureCms }),
            g => (LedgerSubject.Application(g.ApplicationId), RecordKind.ApplicationSigned, g.SignatureCms!),
            (g, r, c) => db.GuarantorInvitations.Where(x => x.Id == g.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ReceiptId, r), c));
        await LinkAsync(apps.Where(a => a.SpouseSignatureCms != null && a.SpouseReceiptId == null).Select(a => new { a.Id, Cms = a.SpouseSignatureCms }),
            a => (LedgerSubject.Application(a.Id), RecordKind.ApplicationSigned, a.Cms!),
            (a, r, c) => db.Applications.Where(x => x.Id == a.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.SpouseReceiptId, r), c));
        await LinkAsync(apps.Where(a => a.ApprovalSignatureCms != null && a.ApprovalReceiptId == null).Select(a => new { a.Id, Cms = a.ApprovalSignatureCms }),
            a => (LedgerSubject.Application(a.Id), RecordKind.ApprovalSigned, a.Cms!),
            (a, r, c) => db.Applications.Where(x => x.Id == a.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ApprovalReceiptId, r), c));
        await LinkAsync(apps.Where(a => a.RefusalSignatureCms != null && a.RefusalReceiptId == null).Select(a => new { a.Id, Cms = a.RefusalSignatureCms }),
            a => (LedgerSubject.Application(a.Id), RecordKind.RefusalSigned, a.Cms!),
            (a, r, c) => db.Applications.Where(x => x.Id == a.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.RefusalReceiptId, r), c));

        var forms = db.Set<RegistrationApplication>();
        await LinkAsync(forms.AsNoTracking().Where(a => a.FormCms != null && a.FormReceiptId == null).Select(a => new { a.Id, Cms = a.FormCms }),
            a => (LedgerSubject.Registration(a.Id), RecordKind.ApplicationSigned, a.Cms!),
            (a, r, c) => forms.Where(x => x.Id == a.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.FormReceiptId, r), c));
        await LinkAsync(forms.AsNoTracking().Where(a => a.KtkFormCms != null && a.KtkFormReceiptId == null).Select(a => new { a.Id, Cms = a.KtkFormCms }),
            a => (LedgerSubject.Registration(a.Id), RecordKind.ApplicationSigned, a.Cms!),
            (a, r, c) => forms.Where(x => x.Id == a.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.KtkFormReceiptId, r), c));
        return linked;
    }

    // The first appended receipt of the subject and kind holding exactly this signature.
    private static Task<Guid?> ReceiptOfAsync(PlatformDbContext db, LedgerSubject subject, RecordKind kind, byte[] cms, CancellationToken ct)
    {
        var (id, name, hash) = (subject.Id, kind.ToString(), Convert.ToHexStringLower(SHA256.HashData(cms)));
        return db.LedgerReceipts.AsNoTracking().Where(r => r.SignatureSha256 == hash && r.SubjectId == id && r.Kind == name)
            .OrderBy(r => r.LeafIndex).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
    }
}
