using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Signing;

namespace RentToOwn.Platform.Signing.EgovMobile.StandIn;

/// <summary>What the stand-in phone did: the HTTP status of the last exchange, the refusal if any, what it showed.</summary>
public sealed record PhoneResult(int Status, string? Error, string? Description, string? Organisation)
{
    /// <summary>True when the signed document was put back.</summary>
    public bool Succeeded => Error is null;
}

/// <summary>
/// STAND-IN for eGov mobile (the real app cannot run here): follows a QR the way the app does — GET the description
/// (API 1), GET the documents with the Bearer token (API 2), sign each with the person's .p12 (CAdES, detached, as
/// NCALayer and the in-page widget do), PUT them back. Used by <c>rto egov-mobile sign</c> and the tests.
/// </summary>
public sealed class EgovMobilePhone(HttpClient http, Pkcs12Key key, TimeProvider time)
{
    /// <summary>Signs the procedure named by <paramref name="qr"/> (QR text, deep link or URL).</summary>
    public async Task<PhoneResult> SignAsync(string qr, CancellationToken ct = default)
    {
        if (EgovMobileLinks.DescriptionUrl(qr) is not { } url) return new PhoneResult(0, $"Not an eGov mobile QR: {qr}", null, null);
        using var described = await http.GetAsync(url, ct);
        if (!described.IsSuccessStatusCode) return await RefusedAsync(described, null, null, ct);
        var description = (await described.Content.ReadFromJsonAsync<ProcedureDescription>(ct))!;
        var organisation = $"{description.Organisation.NameRu} (BIN {description.Organisation.Bin})";

        using var get = new HttpRequestMessage(HttpMethod.Get, description.Document.Uri);
        Authorize(get, description.Document);
        using var fetched = await http.SendAsync(get, ct);
        if (!fetched.IsSuccessStatusCode) return await RefusedAsync(fetched, description.Description, organisation, ct);
        var documents = (await fetched.Content.ReadFromJsonAsync<ProcedureDocuments>(ct))!;

        var signer = new CadesSigner(time);
        var signed = documents with
        {
            DocumentsToSign = documents.DocumentsToSign
                .Select(d => d with { DocumentCms = Convert.ToBase64String(signer.Sign(Convert.FromBase64String(d.DocumentCms ?? ""), key, CadesSignOptions.Detached)) })
                .ToList(),
        };
        using var put = new HttpRequestMessage(HttpMethod.Put, description.Document.Uri) { Content = JsonContent.Create(signed) };
        Authorize(put, description.Document);
        using var answered = await http.SendAsync(put, ct);
        return answered.IsSuccessStatusCode
            ? new PhoneResult((int)answered.StatusCode, null, description.Description, organisation)
            : await RefusedAsync(answered, description.Description, organisation, ct);
    }

    private static void Authorize(HttpRequestMessage request, ProcedureDocumentLink link)
    {
        if (link.AuthType == "Token") request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", link.AuthToken);
    }

    private static async Task<PhoneResult> RefusedAsync(HttpResponseMessage response, string? description, string? organisation, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        string? detail = null;
        try
        {
            using var json = JsonDocument.Parse(body);
            detail = json.RootElement.TryGetProperty("detail", out var d) ? d.GetString() : null;
        }
        catch (JsonException)
        {
        }

        return new PhoneResult((int)response.StatusCode, detail ?? $"HTTP {(int)response.StatusCode}", description, organisation);
    }
}
