using Microsoft.EntityFrameworkCore;
using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Contracts.Claims;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.12: what every co-signer of a submitted application (guarantor, spouse) goes through: the application
/// must await KTK's decision, the signature must verify with the signer's own IIN, and it then goes to the ledger —
/// once: the signer's step is claimed first (<see cref="SigningClaims"/>), so concurrent submissions append only one record.
/// </summary>
public sealed class ApplicationCoSigning(PlatformDbContext db, CadesVerifier verifier, EdsTrust trust, SignatureLedger ledger, SigningClaims claims,
    TimeProvider time)
{
    /// <summary>
    /// Verifies <paramref name="cms"/> by <paramref name="signerIin"/>; then, holding the signer's step, checks
    /// <paramref name="signedAlready"/> again (it reads the database), records the signature on the ledger, lets
    /// <paramref name="store"/> put it on the tracked entity and saves. Signed already, or being signed concurrently: a conflict.
    /// </summary>
    public async Task<ApplicationResult> SignAsync(TenantApplication app, string signerIin, string role, byte[] cms,
        Func<CancellationToken, Task<bool>> signedAlready, Action<DateTimeOffset> store, CancellationToken ct)
    {
        if (app.Status != ApplicationStatus.Submitted) return NotAwaitingDecision;

        var report = verifier.Verify(ApplicationText.Bytes(app), cms, trust.Policy(KeyPurpose.Signing, new ExpectedSigner(Iin: Iin.Parse(signerIin))));
        if (!report.Passed || report.Signatures.Count != 1)
        {
            var why = report.Signatures.FirstOrDefault() is { } s ? VerificationText.Of(s) : "no signature";
            return new($"The signature was not accepted: {why}.");
        }

        return await claims.WithClaimAsync($"application:{app.Id}:{role}:{signerIin}", async () =>
        {
            // Checked again under the claim: a concurrent submission may have been stored, or KTK decided, just before.
            if (await signedAlready(ct)) return AlreadySigned;
            if (!await db.Applications.AsNoTracking().AnyAsync(a => a.Id == app.Id && a.Status == ApplicationStatus.Submitted, ct)) return NotAwaitingDecision;
            var signedAt = time.GetUtcNow();
            // A.18: the verified signature goes to the ledger (no IIN: HMAC reference); the receipt is stored with it.
            await ledger.RecordAsync(RecordKind.ApplicationSigned, LedgerSubjects.For("application", app.Id), ApplicationText.Bytes(app), cms,
                signerIin, role, signedAt, ct);
            store(signedAt);
            await db.SaveChangesAsync(ct);
            return ApplicationResult.Ok;
        }, ct) ?? ApplicationResult.AlreadySigned("You have already signed this application (another submission is being stored right now); reload the page.");
    }

    /// <summary>The co-signer's signature is stored already.</summary>
    public static ApplicationResult AlreadySigned { get; } = ApplicationResult.AlreadySigned("You have already signed this application.");

    private static ApplicationResult NotAwaitingDecision { get; } = new("The application can be signed once the tenant has submitted it, and until KTK decides.");
}
