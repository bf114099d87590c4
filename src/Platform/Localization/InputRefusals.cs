namespace RentToOwn.Platform.Localization;

/// <summary>
/// Why an endpoint refuses its input before any area service runs (issue 11 §5: text keys, not English literals), in
/// kk/ru/en. Keys <c>input.refused.…</c>; each refusal is an <see cref="Outcome"/> (HTTP 400 unless said), shown with
/// <see cref="OutcomeResults.ToProblem(Outcome, string?)"/>.
/// </summary>
public static class InputRefusals
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["not_base64"] = "Қолтаңба base64 пішімінде емес.",
            ["cms_required"] = "Қолтаңба (cms) бос емес base64 мәтіні болуы керек.",
            ["required"] = "{0} көрсетілуі керек.",
            ["wait_seconds"] = "wait параметрі 0-ден 30-ға дейінгі секунд саны болуы керек.",
            ["days_range"] = "days параметрі 1-ден 366-ға дейінгі сан болуы керек.",
            ["form_language"] = "Нысанның тілі белгісіз: «{0}».",
            ["language"] = "«{0}» тіліне қолдау көрсетілмейді. Мыналардың бірін таңдаңыз: {1}.",
            ["upload_unreadable"] = "Жүктелген файлды оқу мүмкін болмады: {0}",
            ["antiforgery"] = "Қорғаныс токені (anti-forgery) жоқ немесе жарамсыз; бетті жаңартыңыз.",
            ["file_too_large"] = "Файл {0} байттан үлкен; оны бөліңіз.",
        },
        ["ru"] = new()
        {
            ["not_base64"] = "Подпись не в формате base64.",
            ["cms_required"] = "Подпись (cms) должна быть непустой строкой base64.",
            ["required"] = "Нужно указать {0}.",
            ["wait_seconds"] = "Параметр wait — число секунд от 0 до 30.",
            ["days_range"] = "Параметр days — число от 1 до 366.",
            ["form_language"] = "Неизвестный язык формы: «{0}».",
            ["language"] = "Язык «{0}» не поддерживается. Выберите один из: {1}.",
            ["upload_unreadable"] = "Загруженный файл не удалось прочитать: {0}",
            ["antiforgery"] = "Токен защиты от подделки запроса (anti-forgery) отсутствует или недействителен; обновите страницу.",
            ["file_too_large"] = "Файл больше {0} байт; разделите его.",
        },
        ["en"] = new()
        {
            ["not_base64"] = "The signature is not base64.",
            ["cms_required"] = "The signature (cms) must be non-empty base64.",
            ["required"] = "{0} is required.",
            ["wait_seconds"] = "wait is a number of seconds from 0 to 30.",
            ["days_range"] = "days must be 1..366.",
            ["form_language"] = "Unknown form language '{0}'.",
            ["language"] = "Unsupported language '{0}'. Use one of: {1}.",
            ["upload_unreadable"] = "The upload could not be read: {0}",
            ["antiforgery"] = "The anti-forgery token is missing or invalid; reload the page.",
            ["file_too_large"] = "The file is larger than {0} bytes; split it.",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>).</summary>
    public static TextTable Table { get; } = TextTable.Of("input.refused", Texts);

    /// <summary>The signature is not base64 (400).</summary>
    public static Outcome NotBase64 { get; } = Outcome.Refused(StatusCodes.Status400BadRequest, "input.refused.not_base64");

    /// <summary>The signature (cms) is missing or not base64 (400).</summary>
    public static Outcome CmsRequired { get; } = Outcome.Refused(StatusCodes.Status400BadRequest, "input.refused.cms_required");

    /// <summary>The long-poll <c>wait</c> is outside 0..30 seconds (400).</summary>
    public static Outcome WaitSeconds { get; } = Outcome.Refused(StatusCodes.Status400BadRequest, "input.refused.wait_seconds");

    /// <summary>The anti-forgery token of a form post is missing or invalid (400).</summary>
    public static Outcome Antiforgery { get; } = Outcome.Refused(StatusCodes.Status400BadRequest, "input.refused.antiforgery");

    /// <summary>The field <paramref name="field"/> (its wire name) is missing (400).</summary>
    public static Outcome Required(string field) => Outcome.Refused(StatusCodes.Status400BadRequest, "input.refused.required", field);

    /// <summary>A form's language <paramref name="language"/> is not kk, ru or en (400).</summary>
    public static Outcome FormLanguage(string? language) => Outcome.Refused(StatusCodes.Status400BadRequest, "input.refused.form_language", language);

    /// <summary>The upload could not be read (400); <paramref name="reason"/> is the parser's own technical message.</summary>
    public static Outcome UploadUnreadable(string reason) => Outcome.Refused(StatusCodes.Status400BadRequest, "input.refused.upload_unreadable", reason);

    /// <summary>The file is larger than <paramref name="maxBytes"/> (413).</summary>
    public static Outcome FileTooLarge(long maxBytes) => Outcome.Refused(StatusCodes.Status413PayloadTooLarge, "input.refused.file_too_large", maxBytes);
}
