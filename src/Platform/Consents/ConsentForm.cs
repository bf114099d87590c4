using System.Text;

namespace RentToOwn.Platform.Consents;

/// <summary>
/// The Appendix consent form of the Algorithm (order 166/НҚ–236, seed 002): the subject consents to the use of information
/// that is a secret protected by law and to the collection, processing and transfer of their data to KTK (BIN) for
/// rent-to-own housing; validity for the period of the service; the State Corporation (BIN) and the platform operator
/// (BIN) named; no cross-border transfer, no publication; the list of data. Used for A.9 and for the registration
/// consents of A.20 and A.29 (with a purpose line). The form number is a random salt (issue 15 §3): it makes
/// the signed bytes, whose SHA-256 goes on the ledger, impossible to guess from the IIN; it is kept with the consent,
/// never on the ledger.
/// </summary>
public static class ConsentForm
{
    /// <summary>Form version, stored with each consent.</summary>
    public const string Version = "APPX-2026-12";

    /// <summary>The form text for <paramref name="subjectIin"/> in <paramref name="language"/> (kk, ru, en).</summary>
    public static string Render(string language, string subjectName, string subjectIin, ConsentParties p, string salt, string? purpose = null) => language switch
    {
        "ru" => $"""
            СОГЛАСИЕ СУБЪЕКТА НА СБОР И ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ (форма {Version}, № {salt})
            Я, {subjectName}, ИИН {subjectIin}, даю согласие на использование сведений, составляющих охраняемую законом
            тайну, на сбор и обработку моих персональных данных, а также на их передачу акционерному обществу
            «Казахстанская жилищная компания» (БИН {p.KtkBin}) в рамках предоставления жилья в аренду с выкупом.{Purpose("ru", purpose)}
            Согласие действует в период оказания данной услуги.
            Подтверждаю, что уведомлен(а): в рамках данной государственной услуги для формирования и направления заявления на
            государственную регистрацию прав (обременений) на недвижимое имущество в информационную систему «Единый
            государственный кадастр недвижимости» НАО «Государственная корпорация «Правительство для граждан»
            (БИН {p.StateCorporationBin}) используется платформа {p.OperatorName} (БИН {p.OperatorBin}); трансграничная передача
            персональных данных не осуществляется; персональные данные не распространяются в общедоступных источниках.
            Перечень собираемых данных: ФИО; адрес места жительства (регистрации) и дата регистрации; номера контактных
            телефонов; ИИН; подпись (собственноручная и электронная цифровая); данные документа, удостоверяющего личность
            (наименование, номер, дата выдачи, срок действия, орган выдачи); дата и место рождения; пол; семейное положение
            (брак, данные свидетельств о браке и о расторжении брака, ФИО и документ супруга(-и)); гражданство; сведения об
            имуществе (зарегистрированные права на недвижимость, идентификационные и технические характеристики); сведения о
            нахождении на диспансерном учёте; сведения об отсутствии в перечне лиц, связанных с финансированием терроризма и
            экстремизма.
            """,
        "en" => $"""
            CONSENT TO THE COLLECTION AND PROCESSING OF PERSONAL DATA BY THE SUBJECT (form {Version}, no. {salt})
            I, {subjectName}, IIN {subjectIin}, consent to the use of information that is a secret protected by law, to the
            collection and processing of my personal data and to its transfer to JSC Kazakhstan Housing Company
            (BIN {p.KtkBin}) for the provision of rent-to-own housing.{Purpose("en", purpose)}
            The consent is valid for the period of rendering this service.
            I confirm that I was informed: within this state service, the platform of {p.OperatorName} (BIN {p.OperatorBin})
            prepares and sends the application for state registration of rights (encumbrances) to real estate to the
            "Unified State Real Estate Cadastre" information system of NJSC State Corporation "Government for Citizens"
            (BIN {p.StateCorporationBin}); there is no cross-border transfer of personal data; personal data are not
            published in publicly available sources.
            Data collected: full name; address of residence (registration) and date of registration; contact phone
            numbers; IIN; signature (handwritten and electronic digital); identity document (name, number, date of issue,
            validity, issuing body); birth date and place; sex; family status (marriage, marriage and divorce certificate
            data, the spouse's name and identity document); citizenship; property (registered rights to real estate, their
            identifying and technical characteristics); dispensary registration; absence from the list of persons linked to
            financing of terrorism and extremism.
            """,
        _ => $"""
            СУБЪЕКТІНІҢ ДЕРБЕС ДЕРЕКТЕРДІ ЖИНАУҒА, ӨҢДЕУГЕ КЕЛІСІМІ (нысан {Version}, № {salt})
            Мен, {subjectName}, ЖСН {subjectIin}, заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға, менің дербес
            деректерімді жинауға және өңдеуге, сондай-ақ оларды "Қазақстандық тұрғын үй компаниясы" акционерлік қоғамға
            (БСН {p.KtkBin}) сатып алумен жалға берілетін тұрғын үй беру шеңберінде беруге келісім беремін.{Purpose("kk", purpose)}
            Дербес деректерді жинауға, өңдеуге келісім беру мерзімі осы қызметті көрсету кезеңінде қолданылады.
            Осымен мынадай талаптар мен шарттар туралы хабардар етілгенімді растаймын: осы мемлекеттік қызмет шеңберінде
            "Азаматтарға арналған үкімет" мемлекеттік корпорациясы" коммерциялық емес акционерлік қоғамының
            (БСН {p.StateCorporationBin}) "Жылжымайтын мүліктің бірыңғай мемлекеттік кадастры" ақпараттық жүйесіне жылжымайтын
            мүлікке құқықты (ауыртпалықты) мемлекеттік тіркеуге өтінімді жасап және жіберу үшін {p.OperatorName}
            (БСН {p.OperatorBin}) платформасы пайдаланылады; дербес деректерді трансшекаралық беру болмайды; дербес деректер
            жалпыға қолжетімді көздерде таратылмайды.
            Жиналатын деректердің тізбесі: ТАӘ; тұрғылықты/тіркелген жерінің мекенжайы және тіркелген күні; байланыс
            телефондарының нөмірі; ЖСН; қолы (өз қолымен және электрондық-цифрлық); жеке басын куәландыратын құжаттың
            деректері (атауы, нөмірі, берілген күні, қолданылу мерзімі, берген орган); туған күні, туған жері; жынысы;
            отбасы жағдайы (некедегі жай-күйі, неке қию және некені бұзу туралы куәліктердің деректері, жұбайының ТАӘ және
            жеке басын куәландыратын құжаты); азаматтығы; мүлік туралы мәліметтер (жылжымайтын мүлікке тіркелген құқықтар,
            сәйкестендіру және техникалық сипаттамалары); диспансерлік есепте болуы туралы ақпарат; терроризм мен
            экстремизмді қаржыландыруға байланысты тұлғалар тізімінде болмауы туралы ақпарат.
            """,
    };

    /// <summary>The bytes the subject signs.</summary>
    public static byte[] Bytes(string language, string subjectName, string subjectIin, ConsentParties parties, string salt, string? purpose = null) =>
        Encoding.UTF8.GetBytes(Render(language, subjectName, subjectIin, parties, salt, purpose));

    /// <summary>A new form number: 16 random bytes, hex (128 bits: the ledger hash cannot be guessed from the IIN).</summary>
    public static string NewSalt() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>True for a form number <see cref="NewSalt"/> could have made.</summary>
    public static bool IsSalt(string? salt) => salt is { Length: 32 } && salt.All(char.IsAsciiHexDigitLower);

    // A.20, A.29: a registration consent names its application (the purpose line); A.9's has none.
    private static string Purpose(string language, string? purpose) => purpose is null ? "" : "\n" + language switch
    {
        "ru" => $"Цель: {purpose}.",
        "en" => $"Purpose: {purpose}.",
        _ => $"Мақсаты: {purpose}.",
    };
}
