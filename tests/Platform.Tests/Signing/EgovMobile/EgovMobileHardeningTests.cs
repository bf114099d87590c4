using System.Net;
using System.Text;
using System.Text.Json;
using RentToOwn.Platform.Signing.EgovMobile;
using RentToOwn.Platform.Signing.EgovMobile.StandIn;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Signing.EgovMobile;

/// <summary>
/// Issue 14 §2, QR phishing hardening: links name only the configured public https origin (no Host header in Production);
/// the stand-in phone refuses a description that sends its documents to another site than the QR's, and answers larger than
/// its bounds, before it signs anything.
/// </summary>
public sealed class EgovMobileHardeningTests
{
    [Fact]
    public void The_origin_is_the_configured_https_one_and_the_request_host_only_outside_Production()
    {
        Assert.Equal(("https://rto.example.kz", (string?)null), EgovMobileOrigin.Resolve("https://rto.example.kz/", "http://evil.example", production: true));
        Assert.Equal(("https://rto.example.kz:8443", (string?)null), EgovMobileOrigin.Resolve("https://rto.example.kz:8443", "http://x", production: true));
        Assert.Equal(("http://localhost:5000", (string?)null), EgovMobileOrigin.Resolve("", "http://localhost:5000/", production: false));
        Assert.Equal(("http://rto.test", (string?)null), EgovMobileOrigin.Resolve("http://rto.test", "http://x", production: false));

        Assert.StartsWith("eGov mobile QR signing is not configured: EgovMobile:PublicBaseUrl", EgovMobileOrigin.Resolve(null, "https://rto.example.kz", production: true).Error);
        foreach (var bad in new[] { "http://rto.example.kz", "https://rto.example.kz/app", "https://user@rto.example.kz", "https://rto.example.kz/?next=x", "rto.example.kz", "ftp://rto.example.kz" })
        {
            var (origin, error) = EgovMobileOrigin.Resolve(bad, "https://rto.example.kz", production: true);
            Assert.Null(origin);
            Assert.Equal($"EgovMobile:PublicBaseUrl '{bad}' is not an absolute https:// origin (scheme, host and port only).", error);
        }
    }

    [Fact]
    public void The_purpose_of_a_widget_comes_from_its_endpoint()
    {
        Assert.Equal("contract", EgovMobilePurposes.ForSubmitUrl("/api/contracts/1/signatures"));
        Assert.Equal("letter", EgovMobilePurposes.ForSubmitUrl("/api/term/1/closing/letter/signature"));
        Assert.Equal("transfer", EgovMobilePurposes.ForSubmitUrl("/api/term/1/closing/transfer/signatures"));
        Assert.Equal("verdict", EgovMobilePurposes.ForSubmitUrl("/api/video-sessions/1/verdict"));
        Assert.Equal("document", EgovMobilePurposes.ForSubmitUrl("/api/elsewhere"));
        Assert.Equal("document", EgovMobilePurposes.Normalize("transfer all"));
    }

    /// <summary>A hostile "platform": answers every request with <paramref name="respond"/> and records what was asked.</summary>
    private sealed class Stub(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public List<Uri> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Requests.Add(request.RequestUri!);
            return Task.FromResult(respond(request));
        }
    }

    private static HttpResponseMessage Json(object body) => new(HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };

    private static EgovMobilePhone Phone(Stub stub) => new(new HttpClient(stub), DemoKeys.Load(SharedPki.FakeClockDirectory, "tenant", "sign"), TimeProvider.System);

    private static ProcedureDescription Description(string documentsUri) => new("АО «Жилищная компания Казахстана» просит: подписание документа.",
        DateTimeOffset.UtcNow.AddMinutes(3), new ProcedureOrganisation("АО «Жилищная компания Казахстана»", "kz", "en", "040540000103"),
        new ProcedureDocumentLink(documentsUri, "Token", "t"));

    [Theory]
    [InlineData("https://evil.example/api/egov-mobile/procedures/1/documents")]
    [InlineData("https://rto.example.kz:444/api/egov-mobile/procedures/1/documents")]
    [InlineData("http://rto.example.kz/api/egov-mobile/procedures/1/documents")]
    [InlineData("/api/egov-mobile/procedures/1/documents")]
    [InlineData("javascript:alert(1)")]
    public async Task A_description_sending_the_documents_to_another_site_is_refused_before_anything_is_fetched_or_signed(string documentsUri)
    {
        var stub = new Stub(_ => Json(Description(documentsUri)));
        var result = await Phone(stub).SignAsync("mobileSign:https://rto.example.kz/api/egov-mobile/procedures/1/description/t");

        Assert.False(result.Succeeded);
        Assert.Equal(0, result.Status);
        Assert.Equal("https://rto.example.kz", result.Origin);
        Assert.Equal($"The procedure's documents are at '{documentsUri}', not on the QR code's site https://rto.example.kz: possible phishing, nothing was signed.", result.Error);
        Assert.Equal([new Uri("https://rto.example.kz/api/egov-mobile/procedures/1/description/t")], stub.Requests); // only the description was read
    }

    [Fact]
    public async Task Answers_larger_than_the_phones_bounds_are_refused()
    {
        var huge = new Stub(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(new byte[70_000]) });
        var result = await Phone(huge).SignAsync("mobileSign:https://rto.example.kz/api/egov-mobile/procedures/1/description/t");
        Assert.Equal("The procedure description from https://rto.example.kz is not the protocol's JSON or is larger than 65536 bytes: nothing was signed.", result.Error);

        var documents = "https://rto.example.kz/api/egov-mobile/procedures/1/documents";
        var stub = new Stub(r => r.RequestUri!.AbsolutePath.EndsWith("/documents", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(new byte[2048]) }
            : Json(Description(documents)));
        var phone = new EgovMobilePhone(new HttpClient(stub), DemoKeys.Load(SharedPki.FakeClockDirectory, "tenant", "sign"), TimeProvider.System) { MaxDocumentsBytes = 1024 };
        result = await phone.SignAsync("mobileSign:https://rto.example.kz/api/egov-mobile/procedures/1/description/t");
        Assert.Equal("The documents from https://rto.example.kz are not the protocol's JSON or are larger than 1024 bytes: nothing was signed.", result.Error);
        Assert.DoesNotContain(stub.Requests, u => u.AbsolutePath.EndsWith("/documents", StringComparison.Ordinal) && u != new Uri(documents));
        Assert.Equal(2, stub.Requests.Count); // no PUT
    }
}
