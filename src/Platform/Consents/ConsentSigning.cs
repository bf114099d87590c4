using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Consents;

/// <summary>
/// A.9, A.20, A.29: a data subject's signed ДҚБ consent form — verified as the subject's own signature, registered with
/// the consent service, and recorded on the ledger as ConsentGiven (role <c>data-subject</c>) under the consent's id. The
/// ledger holds the SHA-256 of the form, which carries a random form number (salt) kept only with the consent.
/// </summary>
public sealed class ConsentSigning(IConsentService consents, SignatureAcceptance acceptance, PlatformDbContext db)
{
    /// <summary>
    /// Accepts <paramref name="iin"/>'s signature over <paramref name="form"/> and registers the consent; the receipt is
    /// saved with the caller's changes. A refusal (422) names the signature as <paramref name="name"/>.
    /// </summary>
    public async Task<Outcome<(PersonalDataConsent Consent, StoredReceipt Receipt)>> GiveAsync(string iin, SignedConsentForm form,
        CancellationToken ct, string name = "signature")
    {
        var verified = acceptance.Verify(form.Form, RequiredSigner.Person(iin), form.Cms, name);
        if (!verified.Succeeded) return Outcome<(PersonalDataConsent, StoredReceipt)>.Refused(verified.Status, verified.Error!);
        var consent = await consents.RegisterAsync(iin, form, ct);
        // A.9 + A.18: the verified consent goes to the ledger (PII-free record, salted form hash), receipt stored.
        var step = new SignedStep(RecordKind.ConsentGiven, LedgerSubject.Consent(consent.Id), form.Form, "data-subject");
        var signed = await acceptance.RecordAsync(step, iin, form.Cms, verified.Value!, consent.GrantedAt, ct);
        if (await db.Consents.FindAsync([consent.Id], ct) is { } row) row.ReceiptId = signed.Receipt.Id;
        return Outcome<(PersonalDataConsent, StoredReceipt)>.Ok((consent, signed.Receipt));
    }
}
