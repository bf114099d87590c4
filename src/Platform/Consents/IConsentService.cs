namespace RentToOwn.Platform.Consents;

/// <summary>
/// The ДҚБ (personal-data access control) service: registers a subject's signed consent, answers whether a live one
/// exists, and records a withdrawal. The real service is reached through Smart Bridge, which cannot be reached from here;
/// <see cref="LocalConsentService"/> is the stand-in behind this interface.
/// </summary>
public interface IConsentService
{
    /// <summary>Registers a verified, signed consent of <paramref name="subjectIin"/> as <paramref name="consentId"/> (its ledger record's subject).</summary>
    Task<PersonalDataConsent> RegisterAsync(Guid consentId, string subjectIin, SignedConsentForm form, CancellationToken ct);

    /// <summary>The live consent of <paramref name="subjectIin"/> for <paramref name="purpose"/>, if any.</summary>
    Task<PersonalDataConsent?> LiveConsentAsync(string subjectIin, string purpose, CancellationToken ct);

    /// <summary>Whether <paramref name="subjectIin"/> has a live consent for <paramref name="purpose"/> (issue 17: the answer only, not the signed form).</summary>
    async Task<bool> HasLiveConsentAsync(string subjectIin, string purpose, CancellationToken ct) =>
        await LiveConsentAsync(subjectIin, purpose, ct) is not null;

    /// <summary>Every consent of <paramref name="subjectIin"/>, newest first (live, expired and withdrawn).</summary>
    Task<IReadOnlyList<PersonalDataConsent>> ConsentsOfAsync(string subjectIin, CancellationToken ct);

    /// <summary>Withdraws consent <paramref name="consentId"/> at <paramref name="at"/>; false when it was not live.</summary>
    Task<bool> WithdrawAsync(Guid consentId, DateTimeOffset at, CancellationToken ct);
}
