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
/// A.12: an invited guarantor signs the submitted application with their EDS signing key. Found by the
/// guarantor's own IIN: an application they were not invited to does not exist for them.
/// </summary>
public sealed class GuarantorSignatures(PlatformDbContext db, CadesVerifier verifier, EdsTrust trust, SignatureLedger ledger, TimeProvider time)
{
    /// <summary>The applications <paramref name="guarantorIin"/> was invited to.</summary>
    public Task<List<TenantApplication>> InvitedAsync(string guarantorIin, CancellationToken ct) =>
        db.Applications.Include(a => a.Guarantors).Include(a => a.Documents)
            .Where(a => a.Guarantors.Any(g => g.GuarantorIin == guarantorIin))
            .AsNoTracking().ToListAsync(ct);

    /// <summary>One application the guarantor was invited to, or null.</summary>
    public Task<TenantApplication?> InvitedAsync(string guarantorIin, Guid applicationId, CancellationToken ct) =>
        db.Applications.Include(a => a.Guarantors).Include(a => a.Documents)
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.Guarantors.Any(g => g.GuarantorIin == guarantorIin), ct);

    /// <summary>Verifies and stores the guarantor's signature; the error says why not.</summary>
    public async Task<ApplicationResult> SignAsync(string guarantorIin, Guid applicationId, byte[] cms, CancellationToken ct)
    {
        var app = await InvitedAsync(guarantorIin, applicationId, ct);
        if (app is null) return new("No such application among your invitations.");
        if (app.Status != ApplicationStatus.Submitted) return new("The application can be signed once the tenant has submitted it, and until KTK decides.");
        var invitation = app.Guarantors.Single(g => g.GuarantorIin == guarantorIin);
        if (invitation.SignedAt is not null) return new("You have already signed this application.");
        var report = verifier.Verify(ApplicationText.Bytes(app), cms, trust.Policy(KeyPurpose.Signing, new ExpectedSigner(Iin: Iin.Parse(guarantorIin))));
        if (!report.Passed || report.Signatures.Count != 1)
        {
            var why = report.Signatures.FirstOrDefault() is { } s ? VerificationText.Of(s) : "no signature";
            return new($"The signature was not accepted: {why}.");
        }

        invitation.SignatureCms = cms;
        invitation.SignedAt = time.GetUtcNow();
        // A.18: the verified signature goes to the ledger; the receipt is stored with it.
        await ledger.RecordAsync(RecordKind.ApplicationSigned, LedgerSubjects.For("application", app.Id), ApplicationText.Bytes(app), cms,
            guarantorIin, "guarantor", invitation.SignedAt.Value, ct);
        await db.SaveChangesAsync(ct);
        return ApplicationResult.Ok;
    }
}
