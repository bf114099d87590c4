using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using RentToOwn.Eds.Signing;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Security;

/// <summary>Issue 15 §2: the login signs a text naming the site, and the nonce is bound to the browser that asked for it.</summary>
public sealed class LoginChallengeBindingTests : IDisposable
{
    private const string Relayed = "Login refused: this challenge was not issued to this browser (ask for a new one on the login page).";
    private readonly PlatformFactory _factory = new();

    private string Pki => _factory.PkiDirectory;

    [Fact]
    public async Task The_signed_content_is_a_text_naming_the_origin_the_nonce_and_the_time()
    {
        var c = await EdsClient.ChallengeAsync(_factory.CreateClient());

        Assert.Equal($"RentToOwn sign-in\nSite: http://localhost\nNonce: {c.Nonce}\nTime: 2026-11-25T04:00:00Z\n", c.Text);
        Assert.Equal(c.Text, Encoding.UTF8.GetString(Convert.FromBase64String(c.Content)));
    }

    [Fact]
    public async Task The_configured_origin_is_named()
    {
        using var factory = new PlatformFactory { Settings = { ["Eds:LoginOrigin"] = "https://rto.example.kz/" } };
        var c = await EdsClient.ChallengeAsync(factory.CreateClient());

        Assert.StartsWith("RentToOwn sign-in\nSite: https://rto.example.kz\nNonce: ", c.Text);
    }

    [Fact]
    public async Task A_signature_relayed_from_another_browser_is_refused_and_does_not_burn_the_persons_login()
    {
        var victim = _factory.CreateClient();
        var c = await EdsClient.ChallengeAsync(victim);
        var cms = EdsClient.Sign(c, DemoKeys.Load(Pki, "tenant"), _factory.Time);

        // The relaying site answers with its own browser: with no pre-login cookie, and with a cookie for its own challenge.
        var noCookie = await EdsClient.AnswerAsync(_factory.CreateClient(), c.Nonce, cms);
        Assert.Equal(HttpStatusCode.Unauthorized, noCookie.StatusCode);
        Assert.Equal(Relayed, (await noCookie.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
        var attacker = _factory.CreateClient();
        await EdsClient.ChallengeAsync(attacker);
        var ownCookie = await EdsClient.AnswerAsync(attacker, c.Nonce, cms);
        Assert.Equal(HttpStatusCode.Unauthorized, ownCookie.StatusCode);
        Assert.Equal(Relayed, (await ownCookie.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);

        Assert.Equal(HttpStatusCode.OK, (await EdsClient.AnswerAsync(victim, c.Nonce, cms)).StatusCode);
    }

    [Fact]
    public async Task A_signature_over_the_bare_nonce_is_refused()
    {
        var client = _factory.CreateClient();
        var c = await EdsClient.ChallengeAsync(client);
        var bare = Convert.ToBase64String(new CadesSigner(_factory.Time).Sign(Convert.FromBase64String(c.Nonce), DemoKeys.Load(Pki, "tenant"), CadesSignOptions.Detached));

        var r = await EdsClient.AnswerAsync(client, c.Nonce, bare);
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.StartsWith("Login refused: signature ", (await r.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
    }

    [Fact]
    public async Task A_browser_holds_several_challenges_for_several_tabs()
    {
        var client = _factory.CreateClient();
        var first = await EdsClient.ChallengeAsync(client);
        await EdsClient.ChallengeAsync(client);

        Assert.Equal(HttpStatusCode.OK, (await EdsClient.AnswerAsync(client, first.Nonce, EdsClient.Sign(first, DemoKeys.Load(Pki, "tenant"), _factory.Time))).StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
