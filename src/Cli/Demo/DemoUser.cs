using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;

namespace RentToOwn.Cli.Demo;

/// <summary>One demo party talking to the platform's public HTTP API with its own cookie session and test keys.</summary>
public sealed partial class DemoUser : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _pki;
    private readonly CookieContainer _cookies = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Pkcs12Key> _keys = new(StringComparer.Ordinal);

    /// <summary>A client for the party with product role <paramref name="role"/> (keys from the PKI folder).</summary>
    public DemoUser(Uri url, string pki, string role)
        : this(url, pki, role, PkiDirectory.ReadManifest(pki).Parties.Single(p => p.Role == role))
    {
    }

    /// <summary>A client for <paramref name="party"/> (one of many with the same role, e.g. the benchmark's tenants).</summary>
    public DemoUser(Uri url, string pki, string role, ManifestParty party)
        : this(url, pki, role, party, null)
    {
    }

    /// <summary>
    /// A client for <paramref name="party"/> whose connection handler is wrapped by <paramref name="transport"/> (the crash
    /// test's resending client, which bounds each attempt and the total itself; the client's own timeout is then 10 minutes).
    /// </summary>
    public DemoUser(Uri url, string pki, string role, ManifestParty? party, Func<HttpMessageHandler, HttpMessageHandler>? transport)
    {
        _pki = pki;
        Role = role;
        HttpMessageHandler connection = new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false };
        _http = new HttpClient(new AntiforgeryHandler(transport is null ? connection : transport(connection), _cookies)) { BaseAddress = url };
        if (transport is not null) _http.Timeout = TimeSpan.FromMinutes(10);
        Party = party ?? PkiDirectory.ReadManifest(pki).Parties.Single(p => p.Role == role);
    }

    /// <summary>Product role.</summary>
    public string Role { get; }

    /// <summary>The party's manifest entry (name, IIN, key files).</summary>
    public ManifestParty Party { get; }

    /// <summary>The session cookies (also sent on the signalling WebSocket).</summary>
    public CookieContainer Cookies => _cookies;

    /// <summary>The HTTP client (cookie session).</summary>
    public HttpClient Http => _http;

    // Issue 17: each key is decrypted once per client (PKCS#12's key derivation was two thirds of the bench client's CPU).
    private Pkcs12Key Key(string purpose) => _keys.GetOrAdd(purpose, p => Pkcs12Key.Load(
        File.ReadAllBytes(Path.Combine(_pki, Party.Keys.Single(k => k.Purpose == p && k.Algorithm == "rsa").Path)), PkiDirectory.KeyPassword));

    /// <summary>Detached CAdES over <paramref name="data"/> with the party's signing (or AUTH) key, base64.</summary>
    public string Sign(byte[] data, string purpose = "sign") =>
        Convert.ToBase64String(new CadesSigner(TimeProvider.System).Sign(data, Key(purpose), CadesSignOptions.Detached));

    /// <summary>EDS login: the challenge's content (a text naming the site, the nonce and the time) signed with the AUTH key.</summary>
    public async Task LoginAsync(CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var c = await Json(await _http.PostAsync("api/auth/challenge", null, ct), "login challenge", ct);
            var nonce = c.GetProperty("nonce").GetString()!;
            var content = Convert.FromBase64String(c.GetProperty("content").GetString()!);
            using var r = await _http.PostAsJsonAsync("api/auth/login", new { nonce, cms = Sign(content, "auth") }, ct);
            // A login whose answer was lost (a client resent it) finds its nonce taken (single use): as a person would, the
            // client signs in once more from a new challenge.
            if (r.StatusCode == HttpStatusCode.Unauthorized && attempt == 1) continue;
            await Json(r, "login", ct);
            return;
        }
    }

    /// <summary>GET a page's HTML.</summary>
    public async Task<string> PageAsync(string path, CancellationToken ct)
    {
        var r = await _http.GetAsync(path, ct);
        if (!r.IsSuccessStatusCode) throw new DemoException($"{Role}: GET {path} → {(int)r.StatusCode}");
        return await r.Content.ReadAsStringAsync(ct);
    }

    /// <summary>Posts a Razor form the way a browser does (anti-forgery token from <paramref name="tokenPage"/>).</summary>
    public async Task FormAsync(string path, string tokenPage, IDictionary<string, string> fields, (string Field, string Name, byte[] Content)? file, CancellationToken ct)
    {
        var (status, _) = await FormResultAsync(path, tokenPage, fields, file, ct);
        if (status >= 400) throw new DemoException($"{Role}: POST {path} → {status}");
    }

    /// <summary>Posts a Razor form like <see cref="FormAsync"/> and returns the status and the page, also when refused.</summary>
    public async Task<(int Status, string Html)> FormResultAsync(string path, string tokenPage, IDictionary<string, string> fields,
        (string Field, string Name, byte[] Content)? file, CancellationToken ct)
    {
        var token = TokenPattern().Match(await PageAsync(tokenPage, ct)) is { Success: true } m ? m.Groups[1].Value
            : throw new DemoException($"{Role}: no anti-forgery token on {tokenPage}");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (k, v) in fields) form.Add(new StringContent(v), k);
        if (file is { } f)
        {
            var content = new ByteArrayContent(f.Content);
            content.Headers.ContentType = new MediaTypeHeaderValue(f.Name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/pdf");
            form.Add(content, f.Field, f.Name);
        }

        var r = await _http.PostAsync(path, form, ct);
        return ((int)r.StatusCode, await r.Content.ReadAsStringAsync(ct));
    }

    /// <summary>Signs what a page's signing widget shows and posts it to the widget's submit URL.</summary>
    public async Task SignWidgetAsync(string page, string? language, CancellationToken ct) =>
        await SignWidgetHtmlAsync(await PageAsync(page, ct), page, language, ct);

    /// <summary>Signs what the signing widget in <paramref name="html"/> (a page from <paramref name="page"/>) shows and posts it.</summary>
    public async Task SignWidgetHtmlAsync(string html, string page, string? language, CancellationToken ct)
    {
        var (document, submitUrl) = Widget(html, page);
        var body = new Dictionary<string, string?> { ["cms"] = Sign(document), ["language"] = language };
        var r = await _http.PostAsJsonAsync(submitUrl, body, ct);
        if (!r.IsSuccessStatusCode) throw new DemoException($"{Role}: signing on {page} → {(int)r.StatusCode} {await r.Content.ReadAsStringAsync(ct)}");
    }

    /// <summary>What a page's signing widget asks to sign, and where it posts the signature (relative to the base address).</summary>
    public async Task<(byte[] Document, string SubmitUrl)> WidgetAsync(string page, CancellationToken ct) =>
        Widget(await PageAsync(page, ct), page);

    private (byte[] Document, string SubmitUrl) Widget(string html, string page)
    {
        var doc = DocumentPattern().Match(html);
        var url = SubmitPattern().Match(html);
        if (!doc.Success || !url.Success) throw new DemoException($"{Role}: nothing to sign on {page}");
        return (Convert.FromBase64String(WebUtility.HtmlDecode(doc.Groups[1].Value)), WebUtility.HtmlDecode(url.Groups[1].Value).TrimStart('/'));
    }

    /// <summary>Reads a successful JSON answer, or throws with the problem text.</summary>
    public static async Task<JsonElement> Json(HttpResponseMessage r, string what, CancellationToken ct)
    {
        var text = await r.Content.ReadAsStringAsync(ct);
        if (!r.IsSuccessStatusCode) throw new DemoException($"{what} → {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("data-document=\"([^\"]+)\"")]
    private static partial Regex DocumentPattern();

    [GeneratedRegex("data-submit-url=\"([^\"]+)\"")]
    private static partial Regex SubmitPattern();

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
