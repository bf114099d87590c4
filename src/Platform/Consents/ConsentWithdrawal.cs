using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Auditing;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Consents;

/// <summary>
/// Issue 16 §5: a person withdraws their consent in the cabinet by signing <see cref="ConsentWithdrawalText"/>. The
/// signature goes through the pipeline (verified as theirs, claimed once, ledger <c>ConsentWithdrawn</c>, receipt), the
/// ДҚБ service records the withdrawal, and the audit log has a line. From then on the gate (<see cref="PersonalDataAccess"/>)
/// is closed for that person: the review and everything else that reads their data stops.
/// </summary>
public sealed class ConsentWithdrawal(IConsentService consents, SignatureAcceptance acceptance, PersonalDataAudit audit, PlatformDbContext db,
    TimeProvider time)
{
    /// <summary>The consent <paramref name="id"/> of <paramref name="iin"/>, or null (never another person's).</summary>
    public async Task<PersonalDataConsent?> FindAsync(string iin, Guid id, CancellationToken ct) =>
        (await consents.ConsentsOfAsync(iin, ct)).SingleOrDefault(c => c.Id == id);

    /// <summary>Withdraws consent <paramref name="id"/> of <paramref name="iin"/> with the signature <paramref name="cms"/> over the text in <paramref name="language"/>.</summary>
    public async Task<Outcome> WithdrawAsync(string iin, Guid id, string language, byte[] cms, CancellationToken ct)
    {
        var consent = await FindAsync(iin, id, ct);
        if (consent is null) return Outcome.Refused(StatusCodes.Status404NotFound, "consents.refused.no_consent");
        // Withdrawn already: on to the acceptance, which answers this very signature resent Ok (issue 17 §3) and refuses another.
        if (consent.RevokedAt is null && !consent.IsLiveAt(time.GetUtcNow())) return Outcome.Refused(StatusCodes.Status409Conflict, "consents.refused.expired");

        var step = new SignedStep(RecordKind.ConsentWithdrawn, LedgerSubject.Consent(id), ConsentWithdrawalText.Bytes(language, consent), "data-subject",
            ClaimKey: $"consent-withdrawal:{id}", Name: "signing.name.withdrawal");
        return await acceptance.AcceptAsync(step, RequiredSigner.Person(iin), cms,
            async c => (await FindAsync(iin, id, c))?.RevokedAt is not null ? Outcome.AlreadySigned("consents.refused.withdrawn") : null,
            async (signed, c) =>
            {
                if (!await consents.WithdrawAsync(id, signed.SignedAt, c)) return Outcome.AlreadySigned("consents.refused.withdrawn");
                if (await db.Consents.FindAsync([id], c) is { } row) row.WithdrawalReceiptId = signed.Receipt.Id;
                await audit.RecordAsync(iin, [iin], "withdraw:consent", $"consent/{id}", allowed: true, c); // saves the receipt too
                return Outcome.Ok;
            }, ct, "consents.refused.withdrawing");
    }
}
