using Microsoft.Playwright;
using RentToOwn.Eds.NcaLayer;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.EndToEnd;

/// <summary>
/// The login page's NCALayer client in Chromium against RentToOwn.Eds's NCALayer-compatible signer
/// (what <c>rto signer serve</c> runs) on a free 127.0.0.1 port, holding the demo tenant's keys.
/// </summary>
public sealed class NcaLayerLoginBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private NcaLayerServer _signer = null!;
    private KestrelPlatform _app = null!;

    public async Task InitializeAsync()
    {
        var pki = SharedPki.SystemClockDirectory;
        var keys = KeyRing.Load(Path.Combine(pki, "keys", "tenant"), PkiDirectory.KeyPassword, new KeyChoice(Algorithm: RentToOwn.Eds.Algorithms.KeyAlgorithm.Rsa));
        _signer = await NcaLayerServer.StartAsync(new NcaLayerProtocol(keys, new CadesSigner(TimeProvider.System), TimeProvider.System, false), port: 0);
        // An unreachable wss URL first, as in real life when NCALayer's TLS port is not there: the client moves on.
        _app = new KestrelPlatform(new Dictionary<string, string?>
        {
            ["Eds:NcaLayerUrls:0"] = "wss://127.0.0.1:1/",
            ["Eds:NcaLayerUrls:1"] = _signer.Url.ToString(),
        });
    }

    [Fact]
    public async Task Tenant_logs_in_through_NCALayer()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _app.BaseUrl });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync("/Login");
        Assert.Contains(_signer.Url.ToString().TrimEnd('/'), response!.Headers["content-security-policy"]);
        await page.ClickAsync("#login-ncalayer");
        await page.WaitForURLAsync(_app.BaseUrl + "/Tenant/Consent"); // no consent yet (A.9)
        Assert.Equal(DemoKeys.Party(_app.PkiDirectory, "tenant").Name, (await page.InnerTextAsync("#who")).Trim());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "11-ncalayer-login.png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _signer.DisposeAsync();
    }
}
