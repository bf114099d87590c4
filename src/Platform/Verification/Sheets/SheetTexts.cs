using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Verification.Sheets;

/// <summary>The sheet's printed texts in Kazakh (default) and Russian (English kept for completeness of the store).</summary>
public static class SheetTexts
{
    /// <summary>Languages a sheet is printed in.</summary>
    public static readonly IReadOnlyList<string> Languages = ["kk", "ru"];

    private static readonly IReadOnlyDictionary<string, string> Kk = new Dictionary<string, string>
    {
        ["refused.not_on_ledger"] = "Бұл құжаттың қолтаңбасы тізілімде әлі жоқ.",
        ["title"] = "Электрондық құжатты тексеру парағы",
        ["document"] = "Құжат",
        ["sha256"] = "SHA-256",
        ["scan"] = "QR-кодты сканерлеңіз: ашық тексеру қызметі осы құжат пен тізілім жазбасының есебін көрсетеді (тіркелу қажет емес).",
        ["signers"] = "Қол қоюшылар",
        ["iin"] = "ЖСН",
        ["signed"] = "Қол қойылған уақыты",
        ["result"] = "Тексеру нәтижесі",
        ["cert"] = "Сертификат",
        ["serial"] = "сериялық нөмірі",
        ["issuer"] = "берген",
        ["valid"] = "жарамдылығы",
        ["leaf"] = "тізілім жазбасы",
        ["ledger"] = "Тізілім жазбасы және бақылау нүктесі",
        ["entry"] = "Жазба",
        ["checkpoint"] = "Бақылау нүктесі",
        ["size"] = "өлшемі",
        ["root"] = "түбір хэші",
        ["witnesses"] = "куәгерлер",
        ["tenant"] = "Жалға алушы",
        ["guarantor"] = "Кепіл беруші",
        ["spouse"] = "Жұбайы",
        ["ktk-head"] = "ҚТК басшысы",
        ["Contract"] = "Сатып алу құқығымен жалдау шарты № {0}",
        ["Letter"] = "ҚТК хаты № {0}",
        ["Transfer"] = "Тұрғын үйді беру шарты (хат № {0})",
        ["registrar"] = "Тіркеуші",
        ["Verdict"] = "Тіркеушінің бейнесеанс бойынша қорытындысы ({0})",
        ["RegistrationResult"] = "Кадастрдың тіркеу нәтижесі туралы хабары ({0})",
        ["unsigned"] = "Кадастрдың хабарында ЭЦҚ жоқ: оның SHA-256 хэші тізілімге жазылған, платформа хабарды байтпен сақтайды, тексеру қызметі хэшті салыстырады.",
    };

    private static readonly IReadOnlyDictionary<string, string> Ru = new Dictionary<string, string>
    {
        ["refused.not_on_ledger"] = "Подписи этого документа в реестре ещё нет.",
        ["title"] = "Лист проверки электронного документа",
        ["document"] = "Документ",
        ["sha256"] = "SHA-256",
        ["scan"] = "Отсканируйте QR-код: открытый сервис проверки покажет отчёт по этому документу и записи реестра (без входа).",
        ["signers"] = "Подписанты",
        ["iin"] = "ИИН",
        ["signed"] = "Время подписания",
        ["result"] = "Результат проверки",
        ["cert"] = "Сертификат",
        ["serial"] = "серийный номер",
        ["issuer"] = "издатель",
        ["valid"] = "действителен",
        ["leaf"] = "запись реестра",
        ["ledger"] = "Запись реестра и контрольная точка",
        ["entry"] = "Запись",
        ["checkpoint"] = "Контрольная точка",
        ["size"] = "размер",
        ["root"] = "корневой хэш",
        ["witnesses"] = "свидетели",
        ["tenant"] = "Арендатор",
        ["guarantor"] = "Поручитель",
        ["spouse"] = "Супруг(а)",
        ["ktk-head"] = "Руководитель КТК",
        ["Contract"] = "Договор аренды с правом выкупа № {0}",
        ["Letter"] = "Письмо КТК № {0}",
        ["Transfer"] = "Договор передачи жилья (письмо № {0})",
        ["registrar"] = "Регистратор",
        ["Verdict"] = "Заключение регистратора по видеосеансу ({0})",
        ["RegistrationResult"] = "Сообщение кадастра о результате регистрации ({0})",
        ["unsigned"] = "Сообщение кадастра не подписано ЭЦП: его SHA-256 записан в реестр, платформа хранит сообщение побайтно, сервис проверки сверяет хэш.",
    };

    private static readonly IReadOnlyDictionary<string, string> En = new Dictionary<string, string>
    {
        ["refused.not_on_ledger"] = "No signature of this document is on the ledger yet.",
        ["RegistrationResult"] = "The cadastre's registration result message ({0})",
        ["unsigned"] = "The cadastre's message carries no EDS: its SHA-256 is on the ledger, the platform keeps the message byte for byte, and the verifier compares the hash.",
        ["title"] = "Verification sheet of an electronic document",
        ["document"] = "Document",
        ["sha256"] = "SHA-256",
        ["scan"] = "Scan the QR code: the public verifier shows the report on this document and its ledger entry (no sign-in).",
        ["signers"] = "Signers",
        ["iin"] = "IIN",
        ["signed"] = "Signed at",
        ["result"] = "Verification result",
        ["cert"] = "Certificate",
        ["serial"] = "serial number",
        ["issuer"] = "issuer",
        ["valid"] = "valid",
        ["leaf"] = "ledger entry",
        ["ledger"] = "Ledger entry and checkpoint",
        ["entry"] = "Entry",
        ["checkpoint"] = "Checkpoint",
        ["size"] = "size",
        ["root"] = "root hash",
        ["witnesses"] = "witnesses",
        ["tenant"] = "Tenant",
        ["guarantor"] = "Guarantor",
        ["spouse"] = "Spouse",
        ["ktk-head"] = "KTK head",
        ["Contract"] = "Rent-to-own contract No. {0}",
        ["Letter"] = "KTK letter No. {0}",
        ["Transfer"] = "Housing transfer contract (letter No. {0})",
        ["registrar"] = "Registrar",
        ["Verdict"] = "Registrar's video-session verdict ({0})",
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>), under <c>sheet.…</c> keys (English for the page, not printed).</summary>
    public static TextTable Table { get; } = new("sheet", Kk, Ru, En);

    /// <summary>kk unless <paramref name="requested"/> is ru.</summary>
    public static string Language(string? requested) => requested == "ru" ? "ru" : "kk";

    /// <summary>The text for <paramref name="key"/>, or the key itself.</summary>
    public static string Get(string language, string key) => UiText.Shared.Get(language, "sheet." + key);

    /// <summary>The document's printed name.</summary>
    public static string DocumentName(string language, SignedDocumentKind kind, string number) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Get(language, kind.ToString()), number);
}
