using System.Net;
using System.Net.Http.Headers;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Verification.Texts;

namespace RentToOwn.Platform.Tests.Verification;

/// <summary>A.18: the verifier page — no login, anti-forgery on the form, security headers, three languages.</summary>
public sealed class VerifierPageTests : IDisposable
{
    private readonly PlatformFactory _app = new();

    [Fact]
    public async Task Page_needs_no_login_carries_headers_and_refuses_a_post_without_the_antiforgery_token()
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var get = await client.GetAsync("/Verify");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Contains("frame-ancestors 'none'", get.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", get.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await get.Content.ReadAsStringAsync();
        Assert.Contains("Қол қойылған шартты тексеру", html); // Kazakh by default
        Assert.Contains("__RequestVerificationToken", html);
        Assert.Contains("Проверка подписанного договора", await client.GetStringAsync("/Verify?lang=ru"));
        Assert.Contains("Check a signed contract", await client.GetStringAsync("/Verify?lang=en"));

        var pdf = SignedContract.Pdf("page");
        var noToken = new MultipartFormDataContent { { new ByteArrayContent(pdf), "document", "c.pdf" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/Verify", noToken)).StatusCode);
    }

    [Fact]
    public async Task Posting_the_form_shows_the_report_with_the_masked_iin_and_the_ledger_proof()
    {
        var pdf = SignedContract.Pdf("contract page-1");
        var cms = SignedContract.Sign(_app, pdf, "tenant");
        await SignedContract.AppendAsync(_app, "contract-page-1", pdf, cms, "tenant");
        var client = _app.CreateClient();

        var form = new MultipartFormDataContent { { new StringContent(await FormPost.TokenAsync(client, "/Verify?lang=en")), "__RequestVerificationToken" } };
        form.Add(File(pdf, "application/pdf"), "document", "contract.pdf");
        form.Add(File(cms, "application/pkcs7-signature"), "signatures", "tenant.cms");
        var response = await client.PostAsync("/Verify?lang=en", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("TOTAL_PASSED", html);
        Assert.Contains("90******0120", html);
        Assert.DoesNotContain("900501300120", html);
        Assert.Contains("On the ledger, proof verified", html);
        Assert.Contains("1 of 1 required witness cosignatures verified", html);
        Assert.Contains("anchor not checked", html);
        Assert.Contains("/api/verify/bundle/", html);
    }

    [Fact]
    public async Task Bad_upload_in_the_page_is_explained_in_the_users_language()
    {
        var client = _app.CreateClient();
        var form = new MultipartFormDataContent { { new StringContent(await FormPost.TokenAsync(client, "/Verify?lang=ru")), "__RequestVerificationToken" } };
        form.Add(File("not a pdf"u8.ToArray(), "text/plain"), "document", "note.txt");
        form.Add(File("junk"u8.ToArray(), "application/octet-stream"), "signatures", "x.cms");

        var response = await client.PostAsync("/Verify?lang=ru", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Документ не является PDF.", await response.Content.ReadAsStringAsync());
    }

    private static ByteArrayContent File(byte[] content, string type)
    {
        var c = new ByteArrayContent(content);
        c.Headers.ContentType = new MediaTypeHeaderValue(type);
        return c;
    }

    public void Dispose() => _app.Dispose();
}
