using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using RentToOwn.Platform.Signing.EgovMobile;
using RentToOwn.Platform.Signing.EgovMobile.StandIn;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Signing.EgovMobile;

/// <summary>What a signing page does with eGov mobile (ClientApp/src/egov.js), over HTTP: open, let the stand-in phone sign, collect the CMS.</summary>
internal static partial class EgovMobileQr
{
    public const string Procedures = "/api/egov-mobile/procedures";
    public const string LoginProcedures = "/api/auth/egov-mobile";

    /// <summary>The signing widget on a page: the bytes it signs, where it posts, in which language.</summary>
    public sealed record Widget(byte[] Document, string SubmitUrl, string Language);

    public static async Task<Widget> WidgetAsync(HttpClient page, string url)
    {
        var html = await page.GetStringAsync(url);
        string Attr(string name) => WebUtility.HtmlDecode(Regex.Match(html, $"{name}=\"([^\"]*)\"").Groups[1].Value);
        Assert.Contains("id=\"sign-egov\"", html); // the widget offers eGov mobile
        return new Widget(Convert.FromBase64String(Attr("data-document")), Attr("data-submit-url"), Attr("data-language"));
    }

    public static async Task<OpenedProcedure> OpenAsync(HttpClient page, byte[] document, string name = "RentToOwn document")
    {
        var r = await page.PostAsJsonAsync(Procedures, new { document = Convert.ToBase64String(document), name });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return (await r.Content.ReadFromJsonAsync<OpenedProcedure>())!;
    }

    public static EgovMobilePhone Phone(PlatformFactory app, string role, string purpose = "sign") =>
        new(app.CreateClient(), DemoKeys.Load(app.PkiDirectory, role, purpose), app.UseSystemClock ? TimeProvider.System : app.Time);

    public static async Task<HttpResponseMessage> StatusResponseAsync(HttpClient page, OpenedProcedure opened, string prefix = Procedures)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{prefix}/{opened.Id}");
        request.Headers.Add("X-Procedure-Token", opened.PageToken);
        return await page.SendAsync(request);
    }

    public static async Task<ProcedureStatus> StatusAsync(HttpClient page, OpenedProcedure opened, string prefix = Procedures)
    {
        var r = await StatusResponseAsync(page, opened, prefix);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return (await r.Content.ReadFromJsonAsync<ProcedureStatus>())!;
    }

    /// <summary>Opens a procedure over <paramref name="document"/>, the stand-in phone signs it as <paramref name="role"/>, the page collects the CMS.</summary>
    public static async Task<string> SignByQrAsync(PlatformFactory app, HttpClient page, byte[] document, string role)
    {
        var opened = await OpenAsync(page, document);
        Assert.StartsWith("mobileSign:http", opened.Qr);
        Assert.StartsWith("https://mgovsign.page.link/?link=", opened.DeepLink);
        var result = await Phone(app, role).SignAsync(opened.Qr);
        Assert.True(result.Succeeded, result.Error);
        var status = await StatusAsync(page, opened);
        Assert.Equal("signed", status.Status);
        return status.Cms!;
    }

    /// <summary>The widget's submit: <c>{language, cms}</c> to its URL.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient page, Widget widget, string cms) =>
        page.PostAsJsonAsync(widget.SubmitUrl, new { language = widget.Language, cms });
}
