using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Consents;

/// <summary>
/// A.9, A.20, A.29: a data subject's signed ДҚБ consent form — verified as the subject's own signature, registered with
/// the consent service, and recorded on the ledger as ConsentGiven (role <c>data-subject</c>) under the consent's id.
/// </summary>
public sealed class ConsentSigning(IConsentService consents, SignatureAcceptance acceptance)
{
    /// <summary>
    /// Accepts <paramref name="iin"/>'s signature over <paramref name="form"/> and registers the consent; the receipt is
    /// saved with the caller's changes. A refusal (422) names the signature as <paramref name="name"/>.
    /// </summary>
    public async Task<Outcome<(PersonalDataConsent Consent, StoredReceipt Receipt)>> GiveAsync(string iin, string purpose, string formVersion,
        byte[] form, byte[] cms, CancellationToken ct, string name = "signature")
    {
        var verified = acceptance.Verify(form, RequiredSigner.Person(iin), cms, name);
        if (!verified.Succeeded) return Outcome<(PersonalDataConsent, StoredReceipt)>.Refused(verified.Status, verified.Error!);
        var consent = await consents.RegisterAsync(iin, purpose, formVersion, cms, ct);
        // A.9 + A.18: the verified consent goes to the ledger (PII-free record), receipt stored.
        var step = new SignedStep(RecordKind.ConsentGiven, LedgerSubject.Consent(consent.Id), form, "data-subject");
        var signed = await acceptance.RecordAsync(step, iin, cms, verified.Value!, consent.GrantedAt, ct);
        return Outcome<(PersonalDataConsent, StoredReceipt)>.Ok((consent, signed.Receipt));
    }
}
