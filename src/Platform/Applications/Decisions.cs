using Microsoft.EntityFrameworkCore;
using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Contracts.Claims;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.16–A.17: the officer approves, or refuses with reasons; a refusal reaches the tenant only once KTK's
/// head has signed it with the head's EDS (KTK BIN and the head's role OID in the certificate).
/// </summary>
public sealed class Decisions(PlatformDbContext db, CadesVerifier verifier, EdsTrust trust, SignatureLedger ledger, ContractDrafts drafts,
    SigningClaims claims, TimeProvider time)
{
    /// <summary>
    /// The officer's decision on an application in their own queue. The A.14–A.15 checks must have been run (they are
    /// shown first); an approval despite a failed check needs <paramref name="failedChecksReviewed"/> — the decision stays the officer's.
    /// </summary>
    public async Task<ApplicationResult> DecideAsync(string officerIin, Guid id, bool approve, string? reasons, CancellationToken ct,
        bool failedChecksReviewed = false)
    {
        var app = await db.Applications.Include(a => a.Guarantors).SingleOrDefaultAsync(a => a.Id == id && a.AssignedOfficerIin == officerIin, ct);
        if (app is null) return new("No such application in your queue.");
        if (app.Status != ApplicationStatus.Submitted) return new("The application is not waiting for a decision.");
        if (approve && app.Guarantors.Any(g => g.SignedAt is null)) return new("Every guarantor must sign the application first (A.12).");
        if (approve && app.Married && app.SpouseSignedAt is null) return new("The spouse must sign the application first (spouse cabinet).");
        if (!approve && string.IsNullOrWhiteSpace(reasons)) return new("A refusal must give its reasons (A.16).");
        var checks = await db.ReviewChecks.Where(c => c.ApplicationId == id).Select(c => c.Outcome).ToListAsync(ct);
        if (checks.Count == 0) return new("Run the A.14–A.15 checks first: open the application in the review queue.");
        if (approve && !failedChecksReviewed && checks.Contains(Checks.CheckOutcome.Failed))
        {
            return new($"{checks.Count(c => c == Checks.CheckOutcome.Failed)} A.14–A.15 check(s) failed: confirm that you have reviewed them to approve anyway.");
        }

        app.DecidedByIin = officerIin;
        app.DecidedAt = time.GetUtcNow();
        app.Status = approve ? ApplicationStatus.Approved : ApplicationStatus.RefusalPending;
        app.RefusalReasons = approve ? null : reasons!.Trim();
        // A.17: an approval leads straight to the lease and its contract draft.
        if (approve) await drafts.DraftAsync(app, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (approve)
        {
            // A concurrent approval (double click) drafted the lease first: one lease per application (unique index).
            return ApplicationResult.AlreadySigned("The application was approved meanwhile; reload the page.");
        }

        return ApplicationResult.Ok;
    }

    /// <summary>Refusals waiting for the head's signature.</summary>
    public Task<List<TenantApplication>> PendingRefusalsAsync(CancellationToken ct) =>
        db.Applications.AsNoTracking().Where(a => a.Status == ApplicationStatus.RefusalPending).ToListAsync(ct);

    private static ApplicationResult RefusalSigned { get; } = ApplicationResult.AlreadySigned("The refusal is already signed.");

    /// <summary>A.16: verifies the head's signature over the refusal and releases it to the tenant (a conflict when signed already).</summary>
    public async Task<ApplicationResult> SignRefusalAsync(string headIin, Guid id, byte[] cms, CancellationToken ct)
    {
        var app = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (app?.Status == ApplicationStatus.Refused) return RefusalSigned;
        if (app is null || app.Status != ApplicationStatus.RefusalPending) return new("No refusal waiting for your signature with this id.");
        var report = verifier.Verify(RefusalText.Bytes(app), cms, trust.Policy(KeyPurpose.Signing, new ExpectedSigner(Iin: Iin.Parse(headIin))));
        var sig = report.Signatures.Count == 1 ? report.Signatures[0] : null;
        if (sig is null || !report.Passed) return new($"The signature was not accepted: {(sig is null ? "no signature" : VerificationText.Of(sig))}.");
        if (sig.Signer?.Bin?.Value != trust.Options.KtkBin || !sig.Signer.RoleOids.Contains(KzOids.RoleHead))
        {
            return new("A refusal must be signed with the EDS of KTK's head (KTK BIN and head role).");
        }

        // A.16: only the submission holding the refusal's signing step appends to the ledger (a double click or a second
        // tab leaves no ledger record without a stored signature).
        return await claims.WithClaimAsync($"application:{app.Id}:refusal", async () =>
        {
            // Checked again under the claim: a concurrent submission may have signed it just before.
            if (!await db.Applications.AsNoTracking().AnyAsync(a => a.Id == id && a.Status == ApplicationStatus.RefusalPending, ct)) return RefusalSigned;
            app.RefusalSignatureCms = cms;
            app.RefusalSignedAt = time.GetUtcNow();
            await ledger.RecordAsync(RecordKind.RefusalSigned, LedgerSubjects.For("application", app.Id), RefusalText.Bytes(app), cms,
                headIin, "ktk-head", app.RefusalSignedAt.Value, ct);
            app.Status = ApplicationStatus.Refused;
            await db.SaveChangesAsync(ct);
            return ApplicationResult.Ok;
        }, ct) ?? ApplicationResult.AlreadySigned("The refusal is already signed, or being signed right now by another submission; reload the page.");
    }
}
