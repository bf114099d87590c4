using Microsoft.EntityFrameworkCore;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.12: what every co-signer of a submitted application (guarantor, spouse) goes through: the application must await
/// KTK's decision, and the signature over the co-signer's text is accepted (<see cref="SignatureAcceptance"/>: the expected
/// signer — the person's own IIN, or a legal entity's head — the step claimed once, ledger, receipt).
/// </summary>
public sealed class ApplicationCoSigning(PlatformDbContext db, SignatureAcceptance acceptance)
{
    /// <summary>
    /// Accepts <paramref name="cms"/> over <paramref name="document"/> by <paramref name="signer"/>; holding the signer's step,
    /// checks <paramref name="signedAlready"/> again (it reads the database), then lets <paramref name="store"/> put it (with its
    /// receipt id) on the tracked entity and saves. Signed already, or being signed concurrently: a conflict; the same signature
    /// resent: Ok, as the first time.
    /// </summary>
    public async Task<Outcome> SignAsync(TenantApplication app, RequiredSigner signer, string role, byte[] document, byte[] cms,
        Func<CancellationToken, Task<bool>> signedAlready, Action<AcceptedSignature> store, CancellationToken ct)
    {
        // A.12/A.18: the co-signer's text, recorded as ApplicationSigned (no IIN or BIN: HMAC reference).
        var what = new SignedStep(RecordKind.ApplicationSigned, LedgerSubject.Application(app.Id), document, role,
            ClaimKey: $"application:{app.Id}:{role}:{signer.Bin ?? signer.Iin}");
        return await acceptance.AcceptAsync(what, signer, cms,
            async c =>
            {
                // Signed already (a retry of this very signature is answered Ok before), or not open; checked again under the claim:
                // a concurrent submission may have been stored, or KTK decided, just before.
                if (await signedAlready(c)) return AlreadySigned;
                return await db.Applications.AsNoTracking().AnyAsync(a => a.Id == app.Id && a.Status == ApplicationStatus.Submitted, c) ? null : NotAwaitingDecision;
            },
            async (signed, c) =>
            {
                store(signed);
                await db.SaveChangesAsync(c);
                return Outcome.Ok;
            }, ct,
            busy: "applications.refused.signed_meanwhile");
    }

    /// <summary>The co-signer's signature is stored already.</summary>
    public static Outcome AlreadySigned { get; } = Outcome.AlreadySigned("applications.refused.signed_already");

    private static Outcome NotAwaitingDecision { get; } = new("applications.refused.not_open_for_signing");
}
