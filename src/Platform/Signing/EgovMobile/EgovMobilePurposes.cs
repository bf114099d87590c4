namespace RentToOwn.Platform.Signing.EgovMobile;

/// <summary>
/// What a procedure's signature is for, from a fixed list (the page names a key; anything else is "document"), in the
/// words eGov mobile shows (ru, kk, en). The phone shows the purpose with the organisation, the document's name, the
/// account holder and the platform's origin (issue 14: QR phishing hardening).
/// </summary>
public static class EgovMobilePurposes
{
    /// <summary>The purpose of a login procedure.</summary>
    public const string SignIn = "sign-in";

    /// <summary>The fallback purpose.</summary>
    public const string Document = "document";

    private static readonly IReadOnlyDictionary<string, (string Ru, string Kk, string En)> Texts = new Dictionary<string, (string, string, string)>
    {
        [SignIn] = ("вход на платформу", "платформаға кіру", "signing in to the platform"),
        ["contract"] = ("подписание договора аренды с правом выкупа", "сатып алу құқығымен жалдау шартына қол қою", "signing the rent-to-own contract"),
        ["consent"] = ("согласие на сбор и обработку персональных данных", "дербес деректерді жинауға және өңдеуге келісім", "consent to the processing of personal data"),
        ["application"] = ("подписание заявления", "өтінішке қол қою", "signing the application"),
        ["letter"] = ("подписание письма КТК", "ҚТК хатына қол қою", "signing KTK's letter"),
        ["transfer"] = ("подписание договора передачи жилья", "тұрғын үйді беру шартына қол қою", "signing the housing transfer contract"),
        ["verdict"] = ("подписание заключения регистратора по видеосеансу", "тіркеушінің бейнесеанс бойынша қорытындысына қол қою", "signing the registrar's video-session verdict"),
        ["registration"] = ("подписание заявления на государственную регистрацию", "мемлекеттік тіркеуге өтінішке қол қою", "signing the state registration application"),
        ["termination"] = ("прекращение договора", "шартты тоқтату", "terminating the contract"),
        [Document] = ("подписание документа", "құжатқа қол қою", "signing a document"),
    };

    /// <summary><paramref name="key"/> when it is on the list, else <see cref="Document"/>.</summary>
    public static string Normalize(string? key) => key is not null && Texts.ContainsKey(key) ? key : Document;

    /// <summary>The purpose in Russian, Kazakh and English.</summary>
    public static (string Ru, string Kk, string En) Of(string? key) => Texts[Normalize(key)];

    /// <summary>The purpose of a signing step, from the endpoint its CMS goes to (server-side, so the page's markup decides nothing new).</summary>
    public static string ForSubmitUrl(string submitUrl) => submitUrl switch
    {
        _ when submitUrl.Contains("/closing/letter", StringComparison.Ordinal) => "letter",
        _ when submitUrl.Contains("/closing/transfer", StringComparison.Ordinal) => "transfer",
        _ when submitUrl.Contains("/terminations", StringComparison.Ordinal) => "termination",
        _ when submitUrl.Contains("/verdict", StringComparison.Ordinal) => "verdict",
        _ when submitUrl.Contains("/consent", StringComparison.Ordinal) => "consent",
        _ when submitUrl.StartsWith("/api/contracts", StringComparison.Ordinal) => "contract",
        _ when submitUrl.StartsWith("/api/registrations", StringComparison.Ordinal) => "registration",
        _ when submitUrl.StartsWith("/api/applications", StringComparison.Ordinal) => "application",
        _ => Document,
    };

    /// <summary>
    /// A document name fit to show on a phone: control and format characters (bidi overrides that reorder what is shown)
    /// and runs of white space become one space, at most 120 characters, never empty.
    /// </summary>
    public static string CleanName(string? name)
    {
        var text = new System.Text.StringBuilder();
        foreach (var c in name ?? "")
        {
            var hidden = char.IsControl(c) || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
            text.Append(hidden ? ' ' : c);
        }

        var cleaned = string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (cleaned.Length > 120) cleaned = cleaned[..119] + "…";
        return cleaned.Length == 0 ? "RentToOwn document" : cleaned;
    }
}

/// <summary>
/// The one origin eGov mobile links may name (issue 14): <c>EgovMobile:PublicBaseUrl</c>, an absolute https:// origin
/// (http:// only outside Production); without it, outside Production only, the request's own origin.
/// </summary>
public static class EgovMobileOrigin
{
    /// <summary>The origin (scheme://host[:port], no trailing slash), or the reason there is none.</summary>
    public static (string? Origin, string? Error) Resolve(string? configured, string requestOrigin, bool production)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return production
                ? (null, "eGov mobile QR signing is not configured: EgovMobile:PublicBaseUrl (the platform's public https:// origin) is required in Production.")
                : (requestOrigin.TrimEnd('/'), null);
        }

        if (!Uri.TryCreate(configured, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || (production && uri.Scheme != "https")
            || uri.AbsolutePath.Trim('/').Length > 0 || uri.Query.Length > 0 || uri.UserInfo.Length > 0)
        {
            return (null, $"EgovMobile:PublicBaseUrl '{configured}' is not an absolute {(production ? "https://" : "http(s)://")} origin (scheme, host and port only).");
        }

        return (uri.GetLeftPart(UriPartial.Authority), null);
    }
}
