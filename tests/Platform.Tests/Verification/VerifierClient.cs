using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using RentToOwn.Platform.Verification.Reports;

namespace RentToOwn.Platform.Tests.Verification;

/// <summary>Posts to <c>POST /api/verify</c> as a script or <c>curl -F</c> would.</summary>
internal static class VerifierClient
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MultipartFormDataContent Form(byte[]? document = null, IEnumerable<(string Name, byte[] Content)>? signatures = null,
        byte[]? bundle = null, string documentName = "contract.pdf")
    {
        var form = new MultipartFormDataContent { { new StringContent("1"), "v" } };
        if (document is not null) form.Add(File(document, "application/pdf"), "document", documentName);
        foreach (var (name, content) in signatures ?? []) form.Add(File(content, "application/pkcs7-signature"), "signature", name);
        if (bundle is not null) form.Add(File(bundle, "application/json"), "bundle", "bundle.json");
        return form;
    }

    public static async Task<(HttpResponseMessage Response, VerifyReport Report, string Body)> PostAsync(HttpClient client, MultipartFormDataContent form)
    {
        var response = await client.PostAsync("/api/verify", form);
        var body = await response.Content.ReadAsStringAsync();
        return (response, JsonSerializer.Deserialize<VerifyReport>(body, Json)!, body);
    }

    /// <summary>
    /// The verifier's report on one signature once the platform has stored an anchor that covers it: an anchoring job
    /// stores its anchor after the chain commits it, so the chain may show it first. Bounded to 30 s.
    /// </summary>
    public static async Task<SignatureReport> AnchoredSignatureAsync(Func<HttpClient> client, byte[] document, byte[] cms)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var (_, report, _) = await PostAsync(client(), Form(document, [("tenant.cms", cms)]));
            var s = Assert.Single(report.Signatures);
            if (s.Ledger.Anchor?.Status is not (null or "none") || waited.Elapsed > TimeSpan.FromSeconds(30)) return s;
            await Task.Delay(200);
        }
    }

    private static ByteArrayContent File(byte[] content, string type)
    {
        var c = new ByteArrayContent(content);
        c.Headers.ContentType = new MediaTypeHeaderValue(type);
        return c;
    }
}
