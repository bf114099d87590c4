using Microsoft.EntityFrameworkCore;
using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// The spouse cabinet's signature over the submitted application (like a guarantor's, A.12): the spouse named in a
/// married tenant's application signs it with their EDS signing key. Found by the spouse's own IIN only.
/// </summary>
public sealed class SpouseSignatures(PlatformDbContext db, CadesVerifier verifier, EdsTrust trust, SignatureLedger ledger, TimeProvider time)
{
    /// <summary>The applications naming <paramref name="spouseIin"/> as the tenant's spouse.</summary>
    public Task<List<TenantApplication>> ApplicationsAsync(string spouseIin, CancellationToken ct) =>
        db.Applications.Include(a => a.Guarantors).Include(a => a.Documents)
            .Where(a => a.Married && a.SpouseIin == spouseIin).AsNoTracking().ToListAsync(ct);

    /// <summary>One application naming <paramref name="spouseIin"/> as spouse, or null.</summary>
    public Task<TenantApplication?> FindAsync(string spouseIin, Guid applicationId, CancellationToken ct) =>
        db.Applications.Include(a => a.Guarantors).Include(a => a.Documents)
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.Married && a.SpouseIin == spouseIin, ct);

    /// <summary>Verifies and stores the spouse's signature; the error says why not.</summary>
    public async Task<ApplicationResult> SignAsync(string spouseIin, Guid applicationId, byte[] cms, CancellationToken ct)
    {
        var app = await FindAsync(spouseIin, applicationId, ct);
        if (app is null) return new("No such application names you as the spouse.");
        if (app.Status != ApplicationStatus.Submitted) return new("The application can be signed once the tenant has submitted it, and until KTK decides.");
        if (app.SpouseSignedAt is not null) return new("You have already signed this application.");
        var report = verifier.Verify(ApplicationText.Bytes(app), cms, trust.Policy(KeyPurpose.Signing, new ExpectedSigner(Iin: Iin.Parse(spouseIin))));
        if (!report.Passed || report.Signatures.Count != 1)
        {
            var why = report.Signatures.FirstOrDefault() is { } s ? VerificationText.Of(s) : "no signature";
            return new($"The signature was not accepted: {why}.");
        }

        app.SpouseSignatureCms = cms;
        app.SpouseSignedAt = time.GetUtcNow();
        // A.18: the verified signature goes to the ledger (no IIN: HMAC reference); the receipt is stored with it.
        await ledger.RecordAsync(RecordKind.ApplicationSigned, LedgerSubjects.For("application", app.Id), ApplicationText.Bytes(app), cms,
            spouseIin, "spouse", app.SpouseSignedAt.Value, ct);
        await db.SaveChangesAsync(ct);
        return ApplicationResult.Ok;
    }
}
