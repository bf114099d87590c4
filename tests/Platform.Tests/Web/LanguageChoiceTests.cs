using System.Net;
using System.Net.Http.Json;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Web;

/// <summary>The language picked on the login page (<c>?lang=</c>) stays for the cabinet pages after the EDS login (cookie).</summary>
public sealed class LanguageChoiceTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    [Fact]
    public async Task The_language_chosen_on_the_login_page_persists_to_the_tenant_application()
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var login = await client.GetAsync("/Login?lang=en");
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Languages.CookieName + "=", StringComparison.Ordinal) && c.Contains("uic%3Den"));

        var key = DemoKeys.Load(_factory.PkiDirectory, "tenant");
        var challenge = await EdsClient.ChallengeAsync(client);
        Assert.True((await EdsClient.AnswerAsync(client, challenge.Nonce, EdsClient.Sign(challenge, key, _factory.Time))).IsSuccessStatusCode);

        // Pages after the login, with no ?lang=, are in English: the consent form, then the application.
        var consentPage = await client.GetStringAsync("/Tenant/Consent");
        Assert.Contains("<html lang=\"en\"", consentPage);
        Assert.Contains("CONSENT TO THE COLLECTION AND PROCESSING", consentPage);
        var flow = new ApplicationFlow(_factory, _factory.PkiDirectory);
        Assert.Equal(HttpStatusCode.OK, (await ConsentClient.GiveAsync(client, form => flow.Sign(form, "tenant"), "en")).StatusCode);
        var application = await client.GetAsync("/Tenant/Application");
        Assert.Equal(HttpStatusCode.OK, application.StatusCode);
        Assert.Contains("<html lang=\"en\"", await application.Content.ReadAsStringAsync());

        // Another choice replaces it; an unknown code changes nothing and sets no cookie.
        Assert.Contains("<html lang=\"ru\"", await client.GetStringAsync("/Tenant/Application?lang=ru"));
        Assert.Contains("<html lang=\"ru\"", await client.GetStringAsync("/Tenant/Application"));
        var unknown = await client.GetAsync("/Tenant/Application?lang=xx");
        Assert.False(unknown.Headers.Contains("Set-Cookie") && unknown.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(Languages.CookieName, StringComparison.Ordinal)));
        Assert.Contains("<html lang=\"ru\"", await unknown.Content.ReadAsStringAsync());

        // A fresh browser without a choice gets Kazakh, the default.
        Assert.Contains("<html lang=\"kk\"", await _factory.CreateClient().GetStringAsync("/Login"));
    }

    public void Dispose() => _factory.Dispose();
}
