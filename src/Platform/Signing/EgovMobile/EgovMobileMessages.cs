using System.Text.Json.Serialization;

namespace RentToOwn.Platform.Signing.EgovMobile;

// The messages of eGov mobile QR signing as public integrators document them:
// mitwork/kalkan docs/STEP_21_GENERATE_SERVICE_LINK.md (API 1: the procedure description the QR's URL returns),
// docs/STEP_30_PREPARE_CONTENT.md (API 2 GET: documents to sign), docs/STEP_40_PROCESS_CONTENT.md (API 2 PUT: signed documents),
// config/kalkan.php (the "mobileSign:" QR prefix and the mgovsign.page.link deep link); SIGEX's QR signing
// (sigex.kz/support/developers, #egov-qr) wraps the same exchange.

/// <summary>API 1: what the QR's URL returns (GET).</summary>
public sealed record ProcedureDescription(
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("expiry_date")] DateTimeOffset ExpiryDate,
    [property: JsonPropertyName("organisation")] ProcedureOrganisation Organisation,
    [property: JsonPropertyName("document")] ProcedureDocumentLink Document);

/// <summary>The organisation asking for the signature.</summary>
public sealed record ProcedureOrganisation(
    [property: JsonPropertyName("nameRu")] string NameRu,
    [property: JsonPropertyName("nameKz")] string NameKz,
    [property: JsonPropertyName("nameEn")] string NameEn,
    [property: JsonPropertyName("bin")] string Bin);

/// <summary>Where the documents are (GET) and go back (PUT), and how the app authenticates there.</summary>
public sealed record ProcedureDocumentLink(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("auth_type")] string AuthType,
    [property: JsonPropertyName("auth_token")] string AuthToken);

/// <summary>API 2: the documents to sign (GET) or signed (PUT).</summary>
public sealed record ProcedureDocuments(
    [property: JsonPropertyName("signMethod")] string SignMethod,
    [property: JsonPropertyName("documentsToSign")] IReadOnlyList<DocumentToSign> DocumentsToSign);

/// <summary>One document: on GET <c>documentCms</c> holds the data (base64), on PUT the CMS (base64).</summary>
public sealed record DocumentToSign(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("nameRu")] string NameRu,
    [property: JsonPropertyName("nameKz")] string NameKz,
    [property: JsonPropertyName("nameEn")] string NameEn,
    [property: JsonPropertyName("meta")] IReadOnlyList<DocumentMeta>? Meta,
    [property: JsonPropertyName("documentCms")] string? DocumentCms);

/// <summary>A name/value shown by the app.</summary>
public sealed record DocumentMeta(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] string Value);

/// <summary>The QR and the deep link of an opened procedure.</summary>
public static class EgovMobileLinks
{
    /// <summary>Prefix of the QR text (config/kalkan.php, links.prefix).</summary>
    public const string QrPrefix = "mobileSign:";

    /// <summary>Sign method: CMS over the document's bytes.</summary>
    public const string SignMethod = "CMS";

    /// <summary>The QR text for the description URL.</summary>
    public static string Qr(string descriptionUrl) => QrPrefix + descriptionUrl;

    /// <summary>eGov mobile's deep link on the same phone (config/kalkan.php, links.mobile).</summary>
    public static string DeepLink(string descriptionUrl) =>
        $"https://mgovsign.page.link/?link={Uri.EscapeDataString(descriptionUrl)}&isi=1476128386&ibi=kz.egov.mobile&apn=kz.mobile.mgov";

    /// <summary>The description URL in a QR text, a deep link or a bare URL; null when none.</summary>
    public static Uri? DescriptionUrl(string text)
    {
        text = text.Trim();
        if (text.StartsWith(QrPrefix, StringComparison.OrdinalIgnoreCase)) text = text[QrPrefix.Length..];
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        if (uri.Host == "mgovsign.page.link")
        {
            var link = System.Web.HttpUtility.ParseQueryString(uri.Query)["link"];
            return link is null ? null : DescriptionUrl(link);
        }

        return uri;
    }
}
