using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Signing.EgovMobile;

/// <summary>Why the eGov mobile signing procedures refuse, in kk/ru/en. Keys <c>egov.refused.…</c>; arguments in braces.</summary>
public static class EgovMobileRefusals
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["empty"] = "Қол қоятын құжат бос.",
            ["too_large"] = "Құжат {0} байттан үлкен.",
            ["one_document"] = "Бір құжаты (id \"1\") және оның documentCms өрісі бар documentsToSign күтіледі.",
            ["not_base64"] = "documentCms base64 пішімінде емес.",
            ["no_procedure_token"] = "Мұндай қол қою рәсімі жоқ (немесе токен қате).",
            ["who.opener"] = "осы QR-кодты ашқан тұлға",
            ["not_signed"] = "{0} Платформада ештеңеге қол қойылған жоқ: тек өзіңіз ашқан QR-кодқа өз ЭЦҚ-ңызбен қол қойыңыз.",
            ["no_procedure"] = "Мұндай қол қою рәсімі жоқ.",
            ["expired"] = "Бұл қол қою рәсімінің мерзімі {0:yyyy-MM-dd HH:mm:ss} UTC уақытында аяқталды: беттен жаңа QR-кодты ашыңыз.",
            ["used"] = "Бұл қол қою рәсімі пайдаланылған (немесе мерзімі өткен): беттен жаңа QR-кодты ашыңыз.",
        },
        ["ru"] = new()
        {
            ["empty"] = "Документ для подписания пуст.",
            ["too_large"] = "Документ больше {0} байт.",
            ["one_document"] = "Ожидается documentsToSign с одним документом (id \"1\") и его documentCms.",
            ["not_base64"] = "documentCms не в формате base64.",
            ["no_procedure_token"] = "Такой процедуры подписания нет (или неверный токен).",
            ["who.opener"] = "лицо, открывшее этот QR-код",
            ["not_signed"] = "{0} На платформе ничего не подписано: подписывайте только QR-код, который вы открыли сами, своей ЭЦП.",
            ["no_procedure"] = "Такой процедуры подписания нет.",
            ["expired"] = "Срок этой процедуры подписания истёк в {0:yyyy-MM-dd HH:mm:ss} UTC: откройте на странице новый QR-код.",
            ["used"] = "Эта процедура подписания уже использована (или истекла): откройте на странице новый QR-код.",
        },
        ["en"] = new()
        {
            ["empty"] = "The document to sign is empty.",
            ["too_large"] = "The document is larger than {0} bytes.",
            ["one_document"] = "Expected documentsToSign with the one document (id \"1\") and its documentCms.",
            ["not_base64"] = "documentCms is not base64.",
            ["no_procedure_token"] = "No such signing procedure (or a wrong token).",
            ["who.opener"] = "the person who opened this QR code",
            ["not_signed"] = "{0} Nothing was signed on the platform: sign only a QR code you opened yourself, with your own EDS.",
            ["no_procedure"] = "No such signing procedure.",
            ["expired"] = "This signing procedure expired at {0:yyyy-MM-dd HH:mm:ss} UTC: open a new QR code on the page.",
            ["used"] = "This signing procedure has already been used (or has expired): open a new QR code on the page.",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>).</summary>
    public static TextTable Table { get; } = TextTable.Of("egov.refused", Texts);
}
