namespace RentToOwn.Platform.Consents;

/// <summary>
/// The ДҚБ (personal-data access control) service: registers a subject's signed consent and answers
/// whether a live one exists. The real service is reached through Smart Bridge, which cannot be reached
/// from here; <see cref="LocalConsentService"/> is the stand-in behind this interface.
/// </summary>
public interface IConsentService
{
    /// <summary>Registers a verified, signed consent.</summary>
    Task<PersonalDataConsent> RegisterAsync(string subjectIin, string purpose, string formVersion, byte[] signatureCms, CancellationToken ct);

    /// <summary>The live consent of <paramref name="subjectIin"/> for <paramref name="purpose"/>, if any.</summary>
    Task<PersonalDataConsent?> LiveConsentAsync(string subjectIin, string purpose, CancellationToken ct);
}
