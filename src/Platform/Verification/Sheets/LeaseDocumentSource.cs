using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Term.Closing;

namespace RentToOwn.Platform.Verification.Sheets;

/// <summary>The lease's signed documents: the contract (A.17–A.18), KTK's letter and the transfer contract (A.29).</summary>
public sealed class LeaseDocumentSource(PlatformDbContext db) : ISignedDocumentSource
{
    /// <inheritdoc />
    public async Task<StoredSignedDocument?> FindAsync(string sha256, CancellationToken ct)
    {
        var lease = await db.Leases.AsNoTracking().FirstOrDefaultAsync(l => l.ContractSha256 == sha256, ct);
        if (lease is { ContractPdf: { } pdf })
        {
            var signatures = await db.ContractSignatures.AsNoTracking().Where(s => s.LeaseId == lease.Id).OrderBy(s => s.Step).ToListAsync(ct);
            return new StoredSignedDocument(SignedDocumentKind.Contract, lease.Number, lease.Id, pdf,
                signatures.Select(s => new StoredSignature(s.Role, s.Cms, s.SignedAt)).ToList());
        }

        var closing = await db.Set<LeaseClosing>().AsNoTracking().Include(c => c.Signatures)
            .FirstOrDefaultAsync(c => c.LetterSha256 == sha256 || c.TransferSha256 == sha256, ct);
        if (closing is null)
        {
            return null;
        }

        var letter = closing.LetterSha256 == sha256;
        var which = letter ? ClosingDocumentKind.Letter : ClosingDocumentKind.Transfer;
        var content = letter ? closing.LetterPdf : closing.TransferPdf;
        return content is null ? null : new StoredSignedDocument(letter ? SignedDocumentKind.Letter : SignedDocumentKind.Transfer,
            closing.LetterNumber, closing.LeaseId, content,
            closing.Signatures.Where(s => s.Document == which).OrderBy(s => s.Step).Select(s => new StoredSignature(s.Role, s.Cms, s.SignedAt)).ToList());
    }
}
