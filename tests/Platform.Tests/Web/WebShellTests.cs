using System.Net;
using System.Net.Http.Json;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Web;

public sealed class WebShellTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    private sealed record Health(string Status, DateTimeOffset Time, string[] Warnings);

    [Fact]
    public async Task Healthz_reports_ok_with_the_injected_clock()
    {
        var body = await _factory.CreateClient().GetFromJsonAsync<Health>("/healthz");
        Assert.Equal("ok", body!.Status);
        Assert.Equal(_factory.Time.GetUtcNow(), body.Time);
        Assert.Empty(body.Warnings); // the embedded calendar covers 2026 and 2027
    }

    [Fact]
    public async Task Home_page_says_what_runs_in_Kazakh_by_default()
    {
        var html = await _factory.CreateClient().GetStringAsync("/");
        Assert.Contains("<html lang=\"kk\">", html);
        Assert.Contains("Не жұмыс істеп тұр", html);
        Assert.Contains("SQLite", html);
        Assert.Contains("/healthz", html);
        Assert.Matches("id=\"migrations\">[1-9]", html);
        Assert.True(File.Exists(Path.Combine(_factory.DataDirectory, "platform.db")), "SQLite file is under the data directory");
    }

    [Theory]
    [InlineData("ru", "Что запущено")]
    [InlineData("en", "What is running")]
    [InlineData("kk", "Не жұмыс істеп тұр")]
    public async Task Query_selects_the_language_for_one_request(string lang, string heading)
    {
        var html = await _factory.CreateClient().GetStringAsync($"/?lang={lang}");
        Assert.Contains($"<html lang=\"{lang}\">", html);
        Assert.Contains(heading, html);
    }

    [Fact]
    public async Task Language_choice_is_remembered_in_a_cookie()
    {
        var client = _factory.CreateClient();
        var html = await client.GetStringAsync("/language/ru?returnUrl=%2F");
        Assert.Contains("Что запущено", html);
        Assert.Contains("Что запущено", await client.GetStringAsync("/")); // cookie kept
        Assert.Contains("What is running", await client.GetStringAsync("/language/en"));
        Assert.Contains("What is running", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Language_switch_refuses_unknown_codes_and_foreign_redirects()
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var bad = await client.GetAsync("/language/de");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("kk, ru, en", await bad.Content.ReadAsStringAsync());
        var offsite = await client.GetAsync("/language/ru?returnUrl=https%3A%2F%2Fevil.example%2F");
        Assert.Equal("/", offsite.Headers.Location!.OriginalString);
        var protocolRelative = await client.GetAsync("/language/ru?returnUrl=%2F%2Fevil.example");
        Assert.Equal("/", protocolRelative.Headers.Location!.OriginalString);
    }

    [Fact]
    public void Every_text_exists_in_all_three_languages() => Assert.Empty(new UiText().MissingKeys());

    [Theory]
    [InlineData("/")]
    [InlineData("/healthz")]
    [InlineData("/Login")]
    public async Task Security_headers_are_on_every_response(string path)
    {
        var r = await _factory.CreateClient().GetAsync(path);
        var csp = Assert.Single(r.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Equal("nosniff", Assert.Single(r.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(r.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(r.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Forms_without_an_antiforgery_token_are_refused()
    {
        await _factory.AddUserAsync("061211600012", "Тест Тестов", PlatformRoles.Tenant);
        var client = await _factory.SignedInClientAsync("061211600012");
        var r = await client.PostAsync("/Logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        // Still signed in: the forged POST changed nothing.
        Assert.Contains("Тест Тестов", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Cabinet_pages_need_a_session_and_the_right_role()
    {
        var anonymous = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var r = await anonymous.GetAsync("/Officer/RecipientLists");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/Login", r.Headers.Location!.PathAndQuery);

        await _factory.AddUserAsync("061211600012", "Tenant", PlatformRoles.Tenant);
        var tenant = await _factory.SignedInClientAsync("061211600012");
        var denied = await tenant.GetAsync("/Officer/RecipientLists");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/Forbidden", denied.Headers.Location!.PathAndQuery);
    }

    public void Dispose() => _factory.Dispose();
}
