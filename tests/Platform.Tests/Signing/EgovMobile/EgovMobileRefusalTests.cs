using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using RentToOwn.Platform.Signing.EgovMobile;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;
using static RentToOwn.Platform.Tests.Signing.EgovMobile.EgovMobileQr;

namespace RentToOwn.Platform.Tests.Signing.EgovMobile;

/// <summary>Issue 14 §2: a procedure is one-time, expires, answers only its tokens, and bad or oversized input is refused with a reason.</summary>
public sealed class EgovMobileRefusalTests : IAsyncLifetime
{
    private static readonly byte[] Document = "a document to sign"u8.ToArray();
    private readonly PlatformFactory _app = new();

    public EgovMobileRefusalTests()
    {
        _app.Settings["EgovMobile:MaxDocumentBytes"] = "4096";
        _app.Settings["EgovMobile:MaxSignedBodyBytes"] = "65536";
    }

    public Task InitializeAsync() => VideoSessionSetup.WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private Task<HttpClient> TenantAsync() => _app.SignedInClientAsync(VideoSessionSetup.Iin(_app, "tenant"));

    [Fact]
    public async Task A_procedure_used_twice_is_refused_with_409()
    {
        using var tenant = await TenantAsync();
        var opened = await OpenAsync(tenant, Document);
        Assert.True((await Phone(_app, "tenant").SignAsync(opened.Qr)).Succeeded);
        var again = await Phone(_app, "tenant").SignAsync(opened.Qr);
        Assert.Equal((int)HttpStatusCode.Conflict, again.Status);
        Assert.Equal("egov.refused.used", again.Code);
        Assert.Equal("signed", (await StatusAsync(tenant, opened)).Status); // the first CMS stays
    }

    [Fact]
    public async Task An_expired_procedure_is_refused_with_410_and_the_page_sees_it_expired()
    {
        using var tenant = await TenantAsync();
        var opened = await OpenAsync(tenant, Document);
        Assert.Equal(_app.Time.GetUtcNow().AddSeconds(180), opened.ExpiresAt);
        _app.Time.Advance(TimeSpan.FromSeconds(180));
        var late = await Phone(_app, "tenant").SignAsync(opened.Qr);
        Assert.Equal((int)HttpStatusCode.Gone, late.Status);
        Assert.Equal("egov.refused.expired", late.Code);
        var status = await StatusAsync(tenant, opened);
        Assert.Equal("expired", status.Status);
        Assert.Null(status.Cms);
    }

    [Fact]
    public async Task Expiry_between_fetching_and_putting_back_refuses_the_put()
    {
        using var tenant = await TenantAsync();
        var opened = await OpenAsync(tenant, Document);
        using var phone = _app.CreateClient();
        var description = (await phone.GetFromJsonAsync<ProcedureDescription>(EgovMobileLinks.DescriptionUrl(opened.Qr)))!;
        _app.Time.Advance(TimeSpan.FromSeconds(181));
        var put = await PutAsync(phone, description, new ProcedureDocuments("CMS", [new DocumentToSign("1", "", "", "", null, "AAAA")]));
        Assert.Equal(HttpStatusCode.Gone, put.StatusCode);
    }

    [Fact]
    public async Task Wrong_tokens_and_other_accounts_get_404()
    {
        using var tenant = await TenantAsync();
        var opened = await OpenAsync(tenant, Document);
        var url = EgovMobileLinks.DescriptionUrl(opened.Qr)!.ToString();
        using var phone = _app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync(url[..^4] + "AAAA")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync($"{Procedures}/{opened.Id}/documents")).StatusCode); // no Bearer
        using var wrongBearer = new HttpRequestMessage(HttpMethod.Get, $"{Procedures}/{opened.Id}/documents");
        wrongBearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", opened.PageToken); // the page's token is not the phone's
        Assert.Equal(HttpStatusCode.NotFound, (await phone.SendAsync(wrongBearer)).StatusCode);

        using var guarantor = await _app.SignedInClientAsync(VideoSessionSetup.Iin(_app, "guarantor"));
        Assert.Equal(HttpStatusCode.NotFound, (await StatusResponseAsync(guarantor, opened)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await StatusResponseAsync(tenant, opened with { PageToken = "x" })).StatusCode);
        using var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(Procedures, new { document = "AAAA" })).StatusCode);
    }

    [Fact]
    public async Task The_phone_reads_the_description_and_the_exact_document_bytes()
    {
        using var tenant = await TenantAsync();
        var opened = await OpenAsync(tenant, Document, "Contract RTO-1");
        using var phone = _app.CreateClient();
        var description = (await phone.GetFromJsonAsync<ProcedureDescription>(EgovMobileLinks.DescriptionUrl(opened.Qr)))!;
        // Issue 14: the description names the organisation, the purpose, the document, whose request it is, and the site.
        var tenantName = DemoKeys.Party(_app.PkiDirectory, "tenant").Name.Split(' ');
        Assert.StartsWith("АО «Жилищная компания Казахстана» (БИН ", description.Description);
        Assert.Contains("просит: подписание документа. Документ: «Contract RTO-1».", description.Description);
        Assert.Contains($"Запрос пользователя: {tenantName[0]} {tenantName[1][0]}.", description.Description);
        Assert.Contains("Платформа RentToOwn, http://localhost.", description.Description);
        Assert.StartsWith("http://localhost/api/egov-mobile/procedures/", description.Document.Uri);
        Assert.Equal("Token", description.Document.AuthType);
        Assert.Equal(opened.ExpiresAt, description.ExpiryDate);
        Assert.Equal(EgovMobileLinks.DescriptionUrl(opened.Qr), EgovMobileLinks.DescriptionUrl(opened.DeepLink));
        using var get = new HttpRequestMessage(HttpMethod.Get, description.Document.Uri);
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", description.Document.AuthToken);
        var documents = (await (await phone.SendAsync(get)).Content.ReadFromJsonAsync<ProcedureDocuments>())!;
        var one = Assert.Single(documents.DocumentsToSign);
        Assert.Equal(Document, Convert.FromBase64String(one.DocumentCms!));
        Assert.Equal("Contract RTO-1 (подписание документа)", one.NameRu);
        Assert.Equal("Contract RTO-1 (құжатқа қол қою)", one.NameKz);
        Assert.Contains(new DocumentMeta("origin", "http://localhost"), one.Meta!);
        Assert.Contains(new DocumentMeta("purpose", "document"), one.Meta!);
    }

    [Fact]
    public async Task The_name_is_cleaned_bounded_and_the_purpose_comes_from_the_list()
    {
        using var tenant = await TenantAsync();
        using var phone = _app.CreateClient();
        async Task<string> DescribeAsync(object body)
        {
            var r = await tenant.PostAsJsonAsync(Procedures, body);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var opened = (await r.Content.ReadFromJsonAsync<OpenedProcedure>())!;
            return (await phone.GetFromJsonAsync<ProcedureDescription>(EgovMobileLinks.DescriptionUrl(opened.Qr)))!.Description;
        }

        var doc = Convert.ToBase64String(Document);
        // Bidi overrides and line breaks cannot rearrange or split what the phone shows.
        var cleaned = await DescribeAsync(new { document = doc, name = "Contract\u202E fdp.exe\n\n  RTO-1", purpose = "contract" });
        Assert.Contains("просит: подписание договора аренды с правом выкупа. Документ: «Contract fdp.exe RTO-1».", cleaned);
        Assert.False(cleaned.Contains('\u202E', StringComparison.Ordinal));
        var unknown = await DescribeAsync(new { document = doc, name = new string('x', 500), purpose = "send all your money" });
        Assert.Contains("просит: подписание документа. Документ: «" + new string('x', 119) + "…».", unknown);
        Assert.DoesNotContain("money", unknown);
        Assert.Contains("Документ: «RentToOwn document»", await DescribeAsync(new { document = doc, name = " \t " }));
    }

    [Fact]
    public async Task A_CMS_by_another_person_is_refused_at_the_put_and_the_procedure_stays_open_for_its_owner()
    {
        using var tenant = await TenantAsync();
        var opened = await OpenAsync(tenant, Document);
        var wrong = await Phone(_app, "guarantor").SignAsync(opened.Qr);
        Assert.Equal((int)HttpStatusCode.UnprocessableEntity, wrong.Status);
        Assert.Equal("egov.refused.not_signed", wrong.Code); // "…not by the person who opened this QR code… sign only a QR code you opened yourself"
        Assert.Equal(Refusal.In("kk", "egov.refused.not_signed", new Outcome.Text("signing.refused.not_by", new Outcome.Text("signing.name.signature"), new Outcome.Text("egov.refused.who.opener", (object?)null))), wrong.Error);
        Assert.Equal("waiting", (await StatusAsync(tenant, opened)).Status);

        Assert.True((await Phone(_app, "tenant").SignAsync(opened.Qr)).Succeeded);
        Assert.Equal("signed", (await StatusAsync(tenant, opened)).Status);
    }

    [Fact]
    public async Task Links_name_the_configured_public_origin_never_the_request_host()
    {
        using var app = new PlatformFactory();
        app.Settings["EgovMobile:PublicBaseUrl"] = "https://rto.example.kz/";
        await VideoSessionSetup.WaitForDemoUsersAsync(app);
        using var tenant = await app.SignedInClientAsync(VideoSessionSetup.Iin(app, "tenant"));
        var opened = await OpenAsync(tenant, Document);
        Assert.StartsWith("mobileSign:https://rto.example.kz/api/egov-mobile/procedures/", opened.Qr);
        Assert.Contains(Uri.EscapeDataString("https://rto.example.kz/api/egov-mobile/procedures/"), opened.DeepLink);
        using var phone = app.CreateClient(); // reaches the test server as http://localhost: the links still name the public origin
        var description = (await phone.GetFromJsonAsync<ProcedureDescription>(EgovMobileLinks.DescriptionUrl(opened.Qr)!.PathAndQuery))!;
        Assert.StartsWith("https://rto.example.kz/api/egov-mobile/procedures/", description.Document.Uri);
        Assert.Contains("Платформа RentToOwn, https://rto.example.kz.", description.Description);
    }

    [Fact]
    public async Task Bad_and_oversized_input_is_refused_with_a_reason_and_the_procedure_stays_open()
    {
        using var tenant = await TenantAsync();
        var big = await tenant.PostAsJsonAsync(Procedures, new { document = Convert.ToBase64String(new byte[4097]) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await tenant.PostAsJsonAsync(Procedures, new { document = "%%%" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await tenant.PostAsJsonAsync(Procedures, new { document = "" })).StatusCode);

        var opened = await OpenAsync(tenant, Document);
        using var phone = _app.CreateClient();
        var description = (await phone.GetFromJsonAsync<ProcedureDescription>(EgovMobileLinks.DescriptionUrl(opened.Qr)))!;
        Assert.Equal(HttpStatusCode.BadRequest, (await PutRawAsync(phone, description, "{not json")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PutAsync(phone, description, new ProcedureDocuments("CMS", []))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PutAsync(phone, description, new ProcedureDocuments("CMS", [new DocumentToSign("1", "", "", "", null, "%%%")]))).StatusCode);
        var huge = await PutRawAsync(phone, description, "{\"signMethod\":\"CMS\",\"documentsToSign\":[{\"id\":\"1\",\"documentCms\":\"" + new string('A', 70_000) + "\"}]}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);

        // Nothing was used up: the phone still signs.
        Assert.True((await Phone(_app, "tenant").SignAsync(opened.Qr)).Succeeded);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient phone, ProcedureDescription description, ProcedureDocuments body) =>
        PutRawAsync(phone, description, System.Text.Json.JsonSerializer.Serialize(body));

    private static async Task<HttpResponseMessage> PutRawAsync(HttpClient phone, ProcedureDescription description, string json)
    {
        using var put = new HttpRequestMessage(HttpMethod.Put, description.Document.Uri) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        put.Headers.Authorization = new AuthenticationHeaderValue("Bearer", description.Document.AuthToken);
        return await phone.SendAsync(put);
    }
}
