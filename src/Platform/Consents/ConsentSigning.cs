using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Consents;

/// <summary>
/// A.9, A.20, A.29: a data subject's signed ДҚБ consent form — verified as the subject's own signature, recorded on the
/// ledger as ConsentGiven (role <c>data-subject</c>) under the consent's id and registered with the consent service,
/// through <see cref="SignatureAcceptance"/>. The ledger holds the SHA-256 of the form, which carries a random form
/// number (salt) kept only with the consent.
/// </summary>
public sealed class ConsentSigning(IConsentService consents, SignatureAcceptance acceptance, PlatformDbContext db, TimeProvider time)
{
    /// <summary>
    /// Accepts <paramref name="iin"/>'s signature over <paramref name="form"/> and registers the consent; the receipt's
    /// link is saved with the caller's changes. The same form and signature resent (a lost answer) gets the consent given
    /// the first time and nothing new (issue 17 §3). A refusal (422) names the signature with the text key <paramref name="name"/>;
    /// <paramref name="given"/> is the area's "given already" refusal (checked after that replay, as every step's is).
    /// </summary>
    public async Task<Outcome<(PersonalDataConsent Consent, StoredReceipt Receipt)>> GiveAsync(string iin, SignedConsentForm form,
        CancellationToken ct, string name = "signing.name.signature", Func<CancellationToken, Task<Outcome?>>? given = null)
    {
        // Issue 17 §3: a consent given with exactly this form and signature is the step's subject again, so the acceptance answers it Ok.
        var consent = await GivenAsync(iin, form, ct);
        var id = consent?.Id ?? Guid.NewGuid();
        StoredReceipt? receipt = null;
        // A.9 + A.18: the verified consent goes to the ledger (PII-free record, salted form hash), receipt stored.
        var step = new SignedStep(RecordKind.ConsentGiven, LedgerSubject.Consent(id), form.Form, "data-subject", Name: name);
        var accepted = await acceptance.AcceptAsync(step, RequiredSigner.Person(iin), form.Cms, given, async (signed, c) =>
        {
            consent = await consents.RegisterAsync(id, iin, form, c);
            if (await db.Consents.FindAsync([consent.Id], c) is { } row) row.ReceiptId = signed.Receipt.Id;
            receipt = signed.Receipt;
            return Outcome.Ok;
        }, ct);
        if (!accepted.Succeeded) return Outcome<(PersonalDataConsent, StoredReceipt)>.From(accepted);
        receipt ??= await db.ReceiptAsync(consent!.ReceiptId, ct);
        return Outcome<(PersonalDataConsent, StoredReceipt)>.Ok((consent!, receipt!));
    }

    // The live consent of iin given with this very form (its form number) and signature, with its receipt; null if none. After a
    // withdrawal or expiry the same bytes give a new consent, as before (a lost answer is resent at once, not after those).
    private async Task<PersonalDataConsent?> GivenAsync(string iin, SignedConsentForm form, CancellationToken ct) =>
        (await consents.ConsentsOfAsync(iin, ct)).FirstOrDefault(c => c.ReceiptId is not null && c.IsLiveAt(time.GetUtcNow()) && c.FormSalt == form.Salt
            && c.SignedForm is { } f && f.AsSpan().SequenceEqual(form.Form) && c.SignatureCms is { } s && s.AsSpan().SequenceEqual(form.Cms));
}
