using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing.Claims;
using RentToOwn.Platform.Telemetry;

namespace RentToOwn.Platform.Signing;

/// <summary>
/// The platform's one way to accept a signature (A.9, A.12, A.16, A.18, A.20–A.21, A.29–A.31): verify the detached CAdES
/// over the exact document (NCA trust, CRL, signing key usage, the expected signer's IIN, then BIN and head role) →
/// claim the step once → put a PII-free record on the ledger (hashes, an HMAC signer reference, the role) → keep the
/// receipt → let the area store its row → save. Each area says only what is signed (<see cref="SignedStep"/>) and who
/// must sign it (<see cref="RequiredSigner"/>).
/// </summary>
public sealed class SignatureAcceptance(PlatformDbContext db, SignatureVerifier signatures, EdsTrust trust, LedgerRecorder ledger, SigningClaims claims,
    TimeProvider time, PlatformMetrics metrics)
{
    /// <summary>The options the expected signers are named from (KTK's and the registrar's BIN).</summary>
    public EdsOptions Options => trust.Options;

    /// <summary>
    /// Verifies <paramref name="cms"/> as exactly one valid signature over <paramref name="document"/> by
    /// <paramref name="signer"/>; a refusal (422) names the signature with the text key <paramref name="name"/> and says why.
    /// Only Signing verifies alone (eGov Mobile's opener); areas accept through <see cref="AcceptAsync"/>.
    /// </summary>
    internal Outcome<VerifiedSignature> Verify(byte[] document, RequiredSigner signer, byte[] cms, string name = "signing.name.signature")
    {
        // The expected IIN is the verifier's check, unless the signer is named: then another person's signature is told apart.
        var report = signatures.Verify(document, cms, KeyPurpose.Signing, signer.Who is null ? new ExpectedSigner(Iin: Iin.Parse(signer.Iin)) : null);
        var sig = report.Signatures.Count == 1 ? report.Signatures[0] : null;
        if (sig is null || !report.Passed)
        {
            metrics.SignatureRefused("verification");
            return Outcome<VerifiedSignature>.Refused(StatusCodes.Status422UnprocessableEntity, "signing.refused.not_accepted", new Outcome.Text(name),
                sig is null ? new Outcome.Text("signing.refused.one_signature") : VerificationText.Of(sig));
        }

        // The organisation first: with a named signer, a personal key or an employee's key is told apart before "not by …".
        if ((signer.Bin is { } bin && sig.Signer?.Bin?.Value != bin) || (signer.Head && sig.Signer?.RoleOids.Contains(KzOids.RoleHead) != true))
        {
            metrics.SignatureRefused("organisation");
            return signer.Refusal is { } refusal
                ? Outcome<VerifiedSignature>.Refused(StatusCodes.Status422UnprocessableEntity, refusal, signer.Bin)
                : OrganisationRefusal(name, signer, sig);
        }

        if (signer.Who is { } who && sig.Signer?.Iin?.Value != signer.Iin)
        {
            metrics.SignatureRefused("signer");
            return Outcome<VerifiedSignature>.Refused(StatusCodes.Status422UnprocessableEntity, "signing.refused.not_by", new Outcome.Text(name),
                new Outcome.Text(who, signer.Bin));
        }

        return Outcome<VerifiedSignature>.Ok(new VerifiedSignature(sig, SignerCertificates.Of(cms, sig)));
    }

    // Why a verified signature is not the organisation's (A.11: a person's key, another BIN, or an employee's key of the right BIN).
    private static Outcome<VerifiedSignature> OrganisationRefusal(string name, RequiredSigner signer, Eds.Verification.SignatureValidation sig)
    {
        var wanted = new Outcome.Text(signer.Head ? "signing.refused.wanted_head" : "signing.refused.wanted_organisation", signer.Bin);
        var made = sig.Signer?.Bin?.Value switch
        {
            null => new Outcome.Text("signing.refused.made_personal"),
            var other when other != signer.Bin => new Outcome.Text("signing.refused.made_other", other),
            _ => new Outcome.Text("signing.refused.made_employee"),
        };
        return Outcome<VerifiedSignature>.Refused(StatusCodes.Status422UnprocessableEntity, "signing.refused.wrong_key", new Outcome.Text(name), made, wanted);
    }

    /// <summary>
    /// Puts a verified signature of <paramref name="signerIin"/> on the ledger as <paramref name="step"/> says (hashes, HMAC
    /// signer reference, role; the certificate's SHA-256 only when the step says so) and adds its receipt to the context.
    /// </summary>
    private async Task<AcceptedSignature> RecordAsync(SignedStep step, string signerIin, byte[] cms, VerifiedSignature verified, DateTimeOffset signedAt,
        CancellationToken ct)
    {
        var certificate = verified.Certificate;
        var record = new SigningRecord(step.Kind, step.Subject.Id, Sha256Digest.Of(step.Document), Sha256Digest.Of(cms),
            await ledger.ReferenceAsync(signerIin, ct), step.CertificateOnLedger && certificate is not null ? Sha256Digest.Of(certificate) : null,
            step.Role, signedAt);
        var receipt = await ledger.AppendAsync(record, ct, SignerCertificates.Sha256(certificate));
        metrics.SignatureAccepted(step.Kind.ToString());
        return new AcceptedSignature(cms, signerIin, verified.Signature, certificate, signedAt, receipt);
    }

    /// <summary>
    /// Accepts <paramref name="cms"/> for <paramref name="step"/>. Exactly this signature by this signer stored already for the
    /// step's subject and record kind (a client retrying a submission whose answer it lost) is answered as the first time,
    /// and nothing is appended (issue 17 §3). Otherwise <paramref name="recheck"/> (the area's "signed already" or order
    /// refusal) runs, the signature is verified, the step claimed (when it has a claim key), <paramref name="recheck"/> runs
    /// again under the claim (a concurrent submission may have stored it just before), the ledger record is appended, the
    /// receipt added and <paramref name="store"/> called, which puts the signature on the area's row and saves (that save
    /// also releases the claim). A step being taken by another submission: <paramref name="busy"/> (409).
    /// </summary>
    public async Task<Outcome> AcceptAsync(SignedStep step, RequiredSigner signer, byte[] cms,
        Func<CancellationToken, Task<Outcome?>>? recheck, Func<AcceptedSignature, CancellationToken, Task<Outcome>> store, CancellationToken ct,
        string? busy = null)
    {
        using var span = PlatformMetrics.Source.StartActivity("signature.accept");
        span?.SetTag("rto.ledger.kind", step.Kind.ToString());
        if (await StoredAlreadyAsync(step, signer.Iin, cms, ct))
        {
            span?.SetTag("rto.signature.replay", true);
            return Outcome.Ok;
        }

        if (recheck is not null && await recheck(ct) is { } early) return early;
        var verified = Verify(step.Document, signer, cms, step.Name);
        if (!verified.Succeeded) return verified.AsOutcome();

        async Task<Outcome> RecordAndStoreAsync()
        {
            if (recheck is not null && await recheck(ct) is { } refused) return refused;
            return await store(await RecordAsync(step, signer.Iin, cms, verified.Value!, time.GetUtcNow(), ct), ct);
        }

        if (step.ClaimKey is null) return await RecordAndStoreAsync();
        // Only the submission holding the step appends to the ledger: a double click or a second tab leaves no ledger
        // record without a stored signature. The same bytes resent may take over their own claim (left by a crash).
        return await claims.WithClaimAsync(step.ClaimKey, RecordAndStoreAsync, ct, SigningClaims.Submission(cms))
            ?? Outcome.AlreadySigned(busy ?? "signing.refused.busy");
    }

    /// <summary>
    /// Issue 17 §3: whether a receipt of <paramref name="step"/>'s subject and kind holds exactly this signature (the CMS
    /// SHA-256, an indexed column) by <paramref name="signerIin"/> (the record's HMAC signer reference).
    /// </summary>
    private async Task<bool> StoredAlreadyAsync(SignedStep step, string signerIin, byte[] cms, CancellationToken ct)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(cms));
        var (kind, subject) = (step.Kind.ToString(), step.Subject.Id);
        var stored = await db.LedgerReceipts.AsNoTracking()
            .Where(r => r.SignatureSha256 == hash && r.SubjectId == subject && r.Kind == kind).Select(r => r.ReceiptJson).ToListAsync(ct);
        if (stored.Count == 0) return false;
        var reference = (await ledger.ReferenceAsync(signerIin, ct)).ToString();
        return stored.Any(json => JsonNode.Parse(json)?["record"]?["signerReference"]?.GetValue<string>() is { } r
            && string.Equals(r, reference, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Saves the area's changes with the receipt; a unique-key clash (a concurrent save of the same step) is <paramref name="conflict"/> (409).</summary>
    public async Task<Outcome> SaveAsync(string conflict, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Ok;
        }
        catch (DbUpdateException)
        {
            return Outcome.AlreadySigned(conflict);
        }
    }
}
