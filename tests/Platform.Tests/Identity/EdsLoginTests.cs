using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Identity;

/// <summary>EDS challenge–response login against the demo parties of a real test PKI.</summary>
public sealed class EdsLoginTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    private string Pki => _factory.PkiDirectory;

    private async Task<(HttpClient Client, HttpResponseMessage Response)> LoginAsync(string role, string purpose = "auth", string algorithm = "rsa")
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var c = await EdsClient.ChallengeAsync(client);
        var r = await EdsClient.AnswerAsync(client, c.Nonce, EdsClient.Sign(c, DemoKeys.Load(Pki, role, purpose, algorithm), _factory.Time));
        return (client, r);
    }

    [Theory]
    [InlineData("rsa")]
    [InlineData("gost")]
    public async Task Tenant_logs_in_with_the_AUTH_key_and_gets_the_tenant_cabinet(string algorithm)
    {
        var (client, r) = await LoginAsync("tenant", "auth", algorithm);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var body = await r.Content.ReadFromJsonAsync<EdsClient.LoginResult>();
        Assert.Equal(DemoKeys.Party(Pki, "tenant").Iin, body!.Iin);
        Assert.Equal([CabinetPolicies.Tenant], body.Roles);
        Assert.Contains(DemoKeys.Party(Pki, "tenant").Name, await client.GetStringAsync("/"));
        // A tenant's session does not open the officer's cabinet.
        Assert.StartsWith("/Forbidden", (await client.GetAsync("/Officer/RecipientLists")).Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Head_gets_head_and_officer_cabinets_from_directory_and_certificate()
    {
        var (client, r) = await LoginAsync("ktk-head");
        var body = await r.Content.ReadFromJsonAsync<EdsClient.LoginResult>();
        Assert.Equal([CabinetPolicies.Officer, CabinetPolicies.Head], body!.Roles);
        Assert.Equal("/Head", body.Redirect); // what waits for the head's signature
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Officer/RecipientLists")).StatusCode);
    }

    [Theory]
    [InlineData("guarantor", "")]
    [InlineData("spouse", "iin")]
    public async Task An_account_made_from_an_IIN_alone_is_named_from_the_certificate_not_the_IIN(string role, string stored)
    {
        var party = DemoKeys.Party(Pki, role);
        var name = stored == "iin" ? party.Iin : "";
        await _factory.WithDbAsync(db => db.Users.Where(u => u.Iin == party.Iin).ExecuteUpdateAsync(s => s.SetProperty(u => u.FullName, name)));

        var (_, r) = await LoginAsync(role);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(party.Name, (await r.Content.ReadFromJsonAsync<EdsClient.LoginResult>())!.Name);
        Assert.Equal(party.Name, await _factory.WithDbAsync(db => db.Users.Where(u => u.Iin == party.Iin).Select(u => u.FullName).SingleAsync()));
    }

    [Fact]
    public async Task A_signing_key_is_not_an_AUTH_key()
    {
        var (_, r) = await LoginAsync("tenant", "sign");
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Contains("Authentication", await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_challenge_is_answered_once()
    {
        var client = _factory.CreateClient();
        var c = await EdsClient.ChallengeAsync(client);
        var cms = EdsClient.Sign(c, DemoKeys.Load(Pki, "tenant"), _factory.Time);
        Assert.Equal(HttpStatusCode.OK, (await EdsClient.AnswerAsync(client, c.Nonce, cms)).StatusCode);
        var replay = await EdsClient.AnswerAsync(client, c.Nonce, cms);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Contains("already used challenge", await replay.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_stale_signature_is_refused_even_on_a_live_challenge()
    {
        var client = _factory.CreateClient();
        var c = await EdsClient.ChallengeAsync(client);
        // Signed "two minutes ago" by a signer whose clock lags: outside the challenge's life (Eds freshness check).
        var stale = EdsClient.Sign(c, DemoKeys.Load(Pki, "tenant"), new Microsoft.Extensions.Time.Testing.FakeTimeProvider(_factory.Time.GetUtcNow().AddMinutes(-2)));
        var r = await EdsClient.AnswerAsync(client, c.Nonce, stale);
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Contains("not fresh", await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_expired_challenge_is_refused()
    {
        var client = _factory.CreateClient();
        var c = await EdsClient.ChallengeAsync(client);
        _factory.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var r = await EdsClient.AnswerAsync(client, c.Nonce, EdsClient.Sign(c, DemoKeys.Load(Pki, "tenant"), _factory.Time));
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Contains("challenge expired", await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signature_over_other_bytes_or_garbage_is_refused()
    {
        var client = _factory.CreateClient();
        var c1 = await EdsClient.ChallengeAsync(client);
        var c2 = await EdsClient.ChallengeAsync(client);
        var forOther = EdsClient.Sign(c1, DemoKeys.Load(Pki, "tenant"), _factory.Time);
        Assert.Equal(HttpStatusCode.Unauthorized, (await EdsClient.AnswerAsync(client, c2.Nonce, forOther)).StatusCode);
        var c3 = await EdsClient.ChallengeAsync(client);
        var garbage = await EdsClient.AnswerAsync(client, c3.Nonce, Convert.ToBase64String([0x30, 0x03, 0x02, 0x01, 0x01]));
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        var notBase64 = await EdsClient.AnswerAsync(client, (await EdsClient.ChallengeAsync(client)).Nonce, "%%%");
        Assert.Equal(HttpStatusCode.BadRequest, notBase64.StatusCode);
        var unknown = await EdsClient.AnswerAsync(client, Convert.ToBase64String(new byte[32]), forOther);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Contains("this challenge was not issued to this browser", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_valid_certificate_without_a_platform_account_is_refused()
    {
        var guarantorIin = DemoKeys.Party(Pki, "guarantor").Iin;
        await _factory.WithDbAsync(db => db.Users.Where(u => u.Iin == guarantorIin).ExecuteDeleteAsync());
        var (_, r) = await LoginAsync("guarantor");
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Contains("no account", await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_directory_officer_role_needs_a_KTK_certificate()
    {
        // The tenant's IIN is (wrongly) marked as an officer: an individual's certificate cannot open it.
        var tenantIin = DemoKeys.Party(Pki, "tenant").Iin;
        await _factory.WithDbAsync(db => db.Users.Where(u => u.Iin == tenantIin)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Roles, PlatformRoles.Officer)));
        var (_, r) = await LoginAsync("tenant");
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Contains("organisation or role", await r.Content.ReadAsStringAsync());
    }

    public void Dispose() => _factory.Dispose();
}
