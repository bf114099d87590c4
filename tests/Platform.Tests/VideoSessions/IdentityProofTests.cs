using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RentToOwn.Platform.Security;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.VideoSessions;
using RentToOwn.Platform.VideoSessions.Identity;
using static RentToOwn.Platform.Tests.VideoSessions.VideoSessionSetup;

namespace RentToOwn.Platform.Tests.VideoSessions;

/// <summary>A.21: a participant proves in the session that they hold their account's EDS; the registrar sees the certificate.</summary>
public sealed class IdentityProofTests : IAsyncLifetime
{
    private readonly PlatformFactory _app = new();

    public Task InitializeAsync() => WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private async Task<HttpResponseMessage> ProveAsync(HttpClient client, Guid id, string signerRole, string purpose = "auth", Func<IdentityChallenge, IdentityChallenge>? tamper = null)
    {
        var challenge = (await (await client.PostAsJsonAsync($"/api/video-sessions/{id}/identity/challenge", new { })).Content.ReadFromJsonAsync<IdentityChallenge>())!;
        var cms = Sign(_app, signerRole, Convert.FromBase64String(challenge.Data), purpose);
        challenge = tamper?.Invoke(challenge) ?? challenge;
        return await client.PostAsJsonAsync($"/api/video-sessions/{id}/identity", new { token = challenge.Token, cms });
    }

    [Fact]
    public async Task The_registrar_sees_the_confirmed_certificate_and_that_it_has_no_photo()
    {
        var s = await ScheduleAsync(_app, "APP-ID-1");
        using var tenant = await _app.SignedInClientAsync(Iin(_app, "tenant"));
        var r = await ProveAsync(tenant, s.Id, "tenant");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);

        using var registrar = await _app.SignedInClientAsync(Iin(_app, "registrar"));
        var view = await registrar.GetFromJsonAsync<JsonObject>($"/api/video-sessions/{s.Id}");
        var card = view!["participants"]!.AsArray().Single(p => p!["role"]!.GetValue<string>() == "Tenant")!;
        Assert.NotNull(card["identityConfirmedAt"]);
        var subject = card["certificateSubject"]!.GetValue<string>();
        Assert.Contains(IinMask.Mask(Iin(_app, "tenant")), subject);
        Assert.DoesNotContain(Iin(_app, "tenant"), subject);
        Assert.Empty(card["photos"]!.AsArray()); // NCA-style test certificates carry no photo
        var spouseCard = view["participants"]!.AsArray().Single(p => p!["role"]!.GetValue<string>() == "Spouse")!;
        Assert.Null(spouseCard["identityConfirmedAt"]);
    }

    [Fact]
    public async Task Someone_elses_key_a_signing_key_a_forged_token_and_an_expired_challenge_are_refused()
    {
        var s = await ScheduleAsync(_app, "APP-ID-2");
        using var tenant = await _app.SignedInClientAsync(Iin(_app, "tenant"));

        async Task<string> Refused(HttpResponseMessage r)
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            return await r.Content.ReadAsStringAsync();
        }

        Refusal.Shown(await Refused(await ProveAsync(tenant, s.Id, "spouse")), "video.refused.identity_refused");
        Refusal.Shown(await Refused(await ProveAsync(tenant, s.Id, "tenant", purpose: "sign")), "video.refused.identity_refused");
        Refusal.Shown(await Refused(await ProveAsync(tenant, s.Id, "tenant", tamper: c => c with { Token = c.Token[..^4] + "AAAA" })), "video.refused.challenge_unknown");

        var challenge = (await (await tenant.PostAsJsonAsync($"/api/video-sessions/{s.Id}/identity/challenge", new { })).Content.ReadFromJsonAsync<IdentityChallenge>())!;
        var cms = Sign(_app, "tenant", Convert.FromBase64String(challenge.Data), "auth");
        _app.Time.Advance(TimeSpan.FromMinutes(3));
        Refusal.Shown(await Refused(await tenant.PostAsJsonAsync($"/api/video-sessions/{s.Id}/identity", new { token = challenge.Token, cms })), "video.refused.challenge_unknown");

        // A challenge of one session does not confirm another.
        var other = await ScheduleAsync(_app, "APP-ID-3");
        var fresh = (await (await tenant.PostAsJsonAsync($"/api/video-sessions/{s.Id}/identity/challenge", new { })).Content.ReadFromJsonAsync<IdentityChallenge>())!;
        var signed = Sign(_app, "tenant", Convert.FromBase64String(fresh.Data), "auth");
        Refusal.Shown(await Refused(await tenant.PostAsJsonAsync($"/api/video-sessions/{other.Id}/identity", new { token = fresh.Token, cms = signed })), "video.refused.challenge_other");
    }

    [Fact]
    public async Task A_certificate_with_the_same_serial_and_another_name_in_the_cms_is_not_what_the_registrar_sees()
    {
        var s = await ScheduleAsync(_app, "APP-ID-4");
        using var tenant = await _app.SignedInClientAsync(Iin(_app, "tenant"));
        var challenge = (await (await tenant.PostAsJsonAsync($"/api/video-sessions/{s.Id}/identity/challenge", new { })).Content.ReadFromJsonAsync<IdentityChallenge>())!;
        var cms = Convert.FromBase64String(Sign(_app, "tenant", Convert.FromBase64String(challenge.Data), "auth"));

        // The tenant's own valid signature, with a self-made certificate (same serial, KTK head's name) put first.
        var certificates = SubstitutedCms.Certificates(cms);
        var real = certificates.Select(c => new Org.BouncyCastle.X509.X509Certificate(c)).Single(c => c.GetBasicConstraints() < 0); // the end-entity one
        var forged = SubstitutedCms.LookAlike(real.SerialNumber.ToByteArrayUnsigned(), "CN=ZHUMABEKOV MARAT, SERIALNUMBER=IIN800203300457, C=KZ");
        var substituted = SubstitutedCms.WithCertificates(cms, [forged, .. certificates]);
        var r = await tenant.PostAsJsonAsync($"/api/video-sessions/{s.Id}/identity", new { token = challenge.Token, cms = Convert.ToBase64String(substituted) });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);

        using var registrar = await _app.SignedInClientAsync(Iin(_app, "registrar"));
        var view = await registrar.GetFromJsonAsync<JsonObject>($"/api/video-sessions/{s.Id}");
        var card = view!["participants"]!.AsArray().Single(p => p!["role"]!.GetValue<string>() == "Tenant")!;
        var subject = card["certificateSubject"]!.GetValue<string>();
        Assert.Contains("ASKAROV ARMAN", subject);
        Assert.DoesNotContain("ZHUMABEKOV", subject);
        Assert.Equal(real.SerialNumber.ToString(16), card["certificateSerial"]!.GetValue<string>());
        Assert.Equal(real.IssuerDN.ToString(), card["certificateIssuer"]!.GetValue<string>());
    }
}
