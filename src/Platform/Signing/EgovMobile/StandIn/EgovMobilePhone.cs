using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Signing;

namespace RentToOwn.Platform.Signing.EgovMobile.StandIn;

/// <summary>What the stand-in phone did: the HTTP status of the last exchange, the refusal if any, what it showed.</summary>
/// <param name="Status">HTTP status of the last exchange (0 when the phone itself refused).</param>
/// <param name="Error">Why nothing was signed (the platform's message, or the phone's own check); null on success.</param>
/// <param name="Description">The procedure description the phone showed.</param>
/// <param name="Organisation">The requesting organisation and its BIN.</param>
/// <param name="Origin">The site the QR code points at (scheme://host[:port]), shown before anything is signed.</param>
/// <param name="Code">The refusal's stable code (the problem's <c>code</c>: its text key), when the platform gave one.</param>
public sealed record PhoneResult(int Status, string? Error, string? Description, string? Organisation, string? Origin = null, string? Code = null)
{
    /// <summary>True when the signed document was put back.</summary>
    public bool Succeeded => Error is null;
}

/// <summary>
/// STAND-IN for eGov mobile (the real app cannot run here): follows a QR the way the app does — GET the description
/// (API 1), GET the documents with the Bearer token (API 2), sign each with the person's .p12 (CAdES, detached, as
/// NCALayer and the in-page widget do), PUT them back. Used by <c>rto egov-mobile sign</c> and the tests. Like a careful
/// app it shows the QR's origin, refuses a description whose links lead to another origin than the QR's, and reads
/// bounded answers only (issue 14: QR phishing hardening).
/// </summary>
public sealed class EgovMobilePhone(HttpClient http, Pkcs12Key key, TimeProvider time)
{
    /// <summary>Largest procedure description read (bytes).</summary>
    public int MaxDescriptionBytes { get; init; } = 64 * 1024;

    /// <summary>Largest documents answer read (bytes).</summary>
    public int MaxDocumentsBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>scheme://host[:port] of <paramref name="uri"/>.</summary>
    public static string OriginOf(Uri uri) => uri.GetLeftPart(UriPartial.Authority);

    /// <summary>Signs the procedure named by <paramref name="qr"/> (QR text, deep link or URL).</summary>
    public async Task<PhoneResult> SignAsync(string qr, CancellationToken ct = default)
    {
        if (EgovMobileLinks.DescriptionUrl(qr) is not { } url) return new PhoneResult(0, $"Not an eGov mobile QR: {qr}", null, null);
        var origin = OriginOf(url);
        using var described = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!described.IsSuccessStatusCode) return await RefusedAsync(described, null, null, origin, ct);
        if (await ReadAsync<ProcedureDescription>(described, MaxDescriptionBytes, ct) is not { } description)
        {
            return new PhoneResult(0, $"The procedure description from {origin} is not the protocol's JSON or is larger than {MaxDescriptionBytes} bytes: nothing was signed.",
                null, null, origin);
        }

        var organisation = $"{description.Organisation?.NameRu} (BIN {description.Organisation?.Bin})";
        // Links must stay on the QR's site: a description sending the documents elsewhere is how a phishing QR would work.
        if (!Uri.TryCreate(description.Document?.Uri, UriKind.Absolute, out var documents) || documents.Scheme is not ("https" or "http")
            || !string.Equals(OriginOf(documents), origin, StringComparison.OrdinalIgnoreCase))
        {
            return new PhoneResult(0, $"The procedure's documents are at '{description.Document?.Uri}', not on the QR code's site {origin}: possible phishing, nothing was signed.",
                description.Description, organisation, origin);
        }

        using var get = new HttpRequestMessage(HttpMethod.Get, documents);
        Authorize(get, description.Document!);
        using var fetched = await http.SendAsync(get, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!fetched.IsSuccessStatusCode) return await RefusedAsync(fetched, description.Description, organisation, origin, ct);
        if (await ReadAsync<ProcedureDocuments>(fetched, MaxDocumentsBytes, ct) is not { DocumentsToSign: { Count: > 0 } toSign } fetchedDocuments)
        {
            return new PhoneResult(0, $"The documents from {origin} are not the protocol's JSON or are larger than {MaxDocumentsBytes} bytes: nothing was signed.",
                description.Description, organisation, origin);
        }

        var signer = new CadesSigner(time);
        List<DocumentToSign> signedDocuments;
        try
        {
            signedDocuments = toSign
                .Select(d => d with { DocumentCms = Convert.ToBase64String(signer.Sign(Convert.FromBase64String(d.DocumentCms ?? ""), key, CadesSignOptions.Detached)) })
                .ToList();
        }
        catch (FormatException)
        {
            return new PhoneResult(0, "A document to sign is not base64: nothing was signed.", description.Description, organisation, origin);
        }

        using var put = new HttpRequestMessage(HttpMethod.Put, documents) { Content = JsonContent.Create(fetchedDocuments with { DocumentsToSign = signedDocuments }) };
        Authorize(put, description.Document!);
        using var answered = await http.SendAsync(put, ct);
        return answered.IsSuccessStatusCode
            ? new PhoneResult((int)answered.StatusCode, null, description.Description, organisation, origin)
            : await RefusedAsync(answered, description.Description, organisation, origin, ct);
    }

    private static void Authorize(HttpRequestMessage request, ProcedureDocumentLink link)
    {
        if (link.AuthType == "Token") request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", link.AuthToken);
    }

    // Reads at most max bytes; null when larger or not the expected JSON.
    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, int max, CancellationToken ct) where T : class
    {
        if (await ReadBytesAsync(response, max, ct) is not { } bytes) return null;
        try
        {
            return JsonSerializer.Deserialize<T>(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<byte[]?> ReadBytesAsync(HttpResponseMessage response, int max, CancellationToken ct)
    {
        if (response.Content.Headers.ContentLength > max) return null;
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task<PhoneResult> RefusedAsync(HttpResponseMessage response, string? description, string? organisation, string origin, CancellationToken ct)
    {
        string? detail = null, code = null;
        try
        {
            if (await ReadBytesAsync(response, 64 * 1024, ct) is { Length: > 0 } body)
            {
                using var json = JsonDocument.Parse(body);
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String)
                {
                    detail = d.GetString();
                }

                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String)
                {
                    code = c.GetString();
                }
            }
        }
        catch (JsonException)
        {
        }

        return new PhoneResult((int)response.StatusCode, detail ?? $"HTTP {(int)response.StatusCode}", description, organisation, origin, code);
    }
}
