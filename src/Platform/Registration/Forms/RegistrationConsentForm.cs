using RentToOwn.Platform.Consents;

namespace RentToOwn.Platform.Registration.Forms;

/// <summary>
/// A.20, A.29: the ДҚБ consent for a registration is the Appendix form (<see cref="ConsentForm"/>, issue 16 §5) with a
/// purpose line naming the registration application and the property. Its form number (salt) is drawn once per
/// application and kept on it (<c>ConsentSalt</c>) and with the consent, never on the ledger (issue 15 §3).
/// </summary>
public static class RegistrationConsentForm
{
    /// <summary>The ДҚБ purpose consents of this form are registered under.</summary>
    public const string Purpose = "registration";

    /// <summary>Form version (the Appendix form's).</summary>
    public const string Version = ConsentForm.Version;

    /// <summary>The purpose line: state registration under this application, of this property.</summary>
    public static string PurposeText(string language, Guid registrationId, string cadastralNumber) => language switch
    {
        "ru" => $"государственная регистрация по заявлению {registrationId} (объект {cadastralNumber}) в ЕГКН",
        "en" => $"state registration of application {registrationId} (property {cadastralNumber}) in the unified cadastre",
        _ => $"{registrationId} өтініші бойынша ({cadastralNumber} объектісі) ЖМБМК-да мемлекеттік тіркеу",
    };

    /// <summary>The bytes the subject signs.</summary>
    public static byte[] Bytes(string language, string subjectName, string subjectIin, ConsentParties parties, string salt, Guid registrationId,
        string cadastralNumber) =>
        ConsentForm.Bytes(language, subjectName, subjectIin, parties, salt, PurposeText(language, registrationId, cadastralNumber));
}
