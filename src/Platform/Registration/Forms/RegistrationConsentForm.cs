using System.Text;

namespace RentToOwn.Platform.Registration.Forms;

/// <summary>
/// A.20, A.29: the ДҚБ consent for the registration — the subject lets KTK and the State Corporation process their
/// data for the state registration of this application. Signed as the exact UTF-8 bytes in the reader's language.
/// </summary>
public static class RegistrationConsentForm
{
    /// <summary>The ДҚБ purpose consents of this form are registered under.</summary>
    public const string Purpose = "registration";

    /// <summary>Form version.</summary>
    public const string Version = "REG-2026-11";

    /// <summary>The form text.</summary>
    public static string Render(string language, string subjectName, string subjectIin, string ktkBin, Guid registrationId, string cadastralNumber) => language switch
    {
        "ru" => $"""
            СОГЛАСИЕ НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ ДЛЯ ГОСУДАРСТВЕННОЙ РЕГИСТРАЦИИ (форма {Version})
            Я, {subjectName}, ИИН {subjectIin}, даю согласие АО «Казахстанская жилищная компания» (БИН {ktkBin}) и
            НАО «Государственная корпорация «Правительство для граждан» на сбор и обработку моих персональных данных
            для государственной регистрации по заявлению {registrationId} (объект {cadastralNumber}) в ЕГКН.
            Трансграничная передача и опубликование не допускаются.
            """,
        "en" => $"""
            CONSENT TO PERSONAL-DATA PROCESSING FOR STATE REGISTRATION (form {Version})
            I, {subjectName}, IIN {subjectIin}, consent to JSC Kazakhstan Housing Company (BIN {ktkBin}) and the
            State Corporation "Government for Citizens" collecting and processing my personal data for the state
            registration of application {registrationId} (property {cadastralNumber}) in the unified cadastre.
            No cross-border transfer and no publication.
            """,
        _ => $"""
            МЕМЛЕКЕТТІК ТІРКЕУ ҮШІН ДЕРБЕС ДЕРЕКТЕРДІ ӨҢДЕУГЕ КЕЛІСІМ (нысан {Version})
            Мен, {subjectName}, ЖСН {subjectIin}, «Қазақстан тұрғын үй компаниясы» АҚ-ға (БСН {ktkBin}) және
            «Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КеАҚ-ға {registrationId} өтініші бойынша
            ({cadastralNumber} объектісі) ЖМБМК-да мемлекеттік тіркеу үшін дербес деректерімді жинауға және өңдеуге
            келісім беремін. Трансшекаралық беруге және жариялауға жол берілмейді.
            """,
    };

    /// <summary>The bytes the subject signs.</summary>
    public static byte[] Bytes(string language, string subjectName, string subjectIin, string ktkBin, Guid registrationId, string cadastralNumber) =>
        Encoding.UTF8.GetBytes(Render(language, subjectName, subjectIin, ktkBin, registrationId, cadastralNumber));
}
