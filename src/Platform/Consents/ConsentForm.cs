using System.Text;

namespace RentToOwn.Platform.Consents;

/// <summary>
/// The Appendix consent form of the Algorithm (order 166/НҚ–236): who consents, to whom (KTK, BIN), the
/// purpose, validity (the service period), no cross-border transfer, no publication, and the list of data.
/// The subject signs the exact UTF-8 bytes of <see cref="Render"/> in the language they read it in.
/// </summary>
public static class ConsentForm
{
    /// <summary>Form version, stored with each consent.</summary>
    public const string Version = "A9-2025-04";

    /// <summary>The form text for <paramref name="subjectIin"/> in <paramref name="language"/> (kk, ru, en).</summary>
    public static string Render(string language, string subjectName, string subjectIin, string ktkBin) => language switch
    {
        "ru" => $"""
            СОГЛАСИЕ НА СБОР И ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ (форма {Version})
            Я, {subjectName}, ИИН {subjectIin}, даю согласие АО «Казахстанская жилищная компания» (БИН {ktkBin})
            на сбор и обработку моих персональных данных для оказания государственной услуги по аренде жилья с выкупом
            и регистрации обременения на срок оказания услуги. Трансграничная передача и опубликование не допускаются.
            Данные: ФИО, адреса, телефоны, ИИН, подписи, документ, удостоверяющий личность, дата и место рождения, пол,
            семейное положение и данные супруга(-и), гражданство, имущество и зарегистрированные права,
            сведения о диспансерном учёте, наличие в перечне лиц, связанных с финансированием терроризма и экстремизма.
            """,
        "en" => $"""
            CONSENT TO THE COLLECTION AND PROCESSING OF PERSONAL DATA (form {Version})
            I, {subjectName}, IIN {subjectIin}, consent to JSC Kazakhstan Housing Company (BIN {ktkBin})
            collecting and processing my personal data to render the rent-to-own state service and register the
            encumbrance, for the period of the service. No cross-border transfer and no publication.
            Data: full name, addresses, phones, IIN, signatures, identity document, birth date and place, sex,
            family status and spouse's data, citizenship, property and registered rights,
            dispensary registration, presence on the list of persons linked to financing of terrorism and extremism.
            """,
        _ => $"""
            ДЕРБЕС ДЕРЕКТЕРДІ ЖИНАУҒА ЖӘНЕ ӨҢДЕУГЕ КЕЛІСІМ (нысан {Version})
            Мен, {subjectName}, ЖСН {subjectIin}, «Қазақстан тұрғын үй компаниясы» АҚ-ға (БСН {ktkBin}) сатып алу
            құқығымен жалға беру жөніндегі мемлекеттік қызметті көрсету және ауыртпалықты тіркеу үшін қызмет көрсету
            мерзіміне менің дербес деректерімді жинауға және өңдеуге келісім беремін. Трансшекаралық беруге және
            жариялауға жол берілмейді. Деректер: аты-жөні, мекенжайлары, телефондары, ЖСН, қолтаңбалары, жеке басын
            куәландыратын құжат, туған күні мен жері, жынысы, отбасылық жағдайы және жұбайының деректері, азаматтығы,
            мүлкі және тіркелген құқықтары, диспансерлік есеп туралы мәліметтер, терроризмді және экстремизмді
            қаржыландырумен байланысты адамдар тізбесінде болуы.
            """,
    };

    /// <summary>The bytes the subject signs.</summary>
    public static byte[] Bytes(string language, string subjectName, string subjectIin, string ktkBin) =>
        Encoding.UTF8.GetBytes(Render(language, subjectName, subjectIin, ktkBin));
}
