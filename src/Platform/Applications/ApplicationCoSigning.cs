using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.12: what every co-signer of a submitted application (guarantor, spouse) goes through: the application
/// must await KTK's decision, the signature must verify with the signer's own IIN, and it then goes to the ledger.
/// </summary>
public sealed class ApplicationCoSigning(CadesVerifier verifier, EdsTrust trust, SignatureLedger ledger, TimeProvider time)
{
    /// <summary>Verifies <paramref name="cms"/> by <paramref name="signerIin"/> and records it; the caller stores it when accepted.</summary>
    public async Task<(ApplicationResult Result, DateTimeOffset SignedAt)> SignAsync(TenantApplication app, string signerIin, string role, byte[] cms, CancellationToken ct)
    {
        if (app.Status != ApplicationStatus.Submitted)
        {
            return (new("The application can be signed once the tenant has submitted it, and until KTK decides."), default);
        }

        var report = verifier.Verify(ApplicationText.Bytes(app), cms, trust.Policy(KeyPurpose.Signing, new ExpectedSigner(Iin: Iin.Parse(signerIin))));
        if (!report.Passed || report.Signatures.Count != 1)
        {
            var why = report.Signatures.FirstOrDefault() is { } s ? VerificationText.Of(s) : "no signature";
            return (new($"The signature was not accepted: {why}."), default);
        }

        var signedAt = time.GetUtcNow();
        // A.18: the verified signature goes to the ledger (no IIN: HMAC reference); the receipt is stored with it.
        await ledger.RecordAsync(RecordKind.ApplicationSigned, LedgerSubjects.For("application", app.Id), ApplicationText.Bytes(app), cms,
            signerIin, role, signedAt, ct);
        return (ApplicationResult.Ok, signedAt);
    }
}
