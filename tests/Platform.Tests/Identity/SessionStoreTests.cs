using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Identity.Sessions;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Identity;

/// <summary>Issue 15 §3: sessions live on the server; logout revokes; a revoked login certificate ends the session within the hour.</summary>
public sealed class SessionStoreTests(SessionStoreTests.SessionPlatform factory) : IClassFixture<SessionStoreTests.SessionPlatform>
{
    /// <summary>The platform with a login-certificate status the test switches.</summary>
    public sealed class SessionPlatform : PlatformFactory
    {
        public FakeCertificateStatus Status { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<ILoginCertificateStatus>(Status));
        }
    }

    /// <summary>Says "revoked" for the serials in <see cref="Revoked"/>.</summary>
    public sealed class FakeCertificateStatus : ILoginCertificateStatus
    {
        public HashSet<string> Revoked { get; } = [];

        public bool IsRevoked(byte[] certificate, DateTimeOffset now) =>
            Revoked.Contains(new Org.BouncyCastle.X509.X509CertificateParser().ReadCertificate(certificate).SerialNumber.ToString(16));
    }

    [Fact]
    public async Task A_cookie_replayed_after_logout_is_401_and_the_session_row_says_logout()
    {
        await factory.AddUserAsync("870202400003", "Logout Person", PlatformRoles.Tenant);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.GetAsync("/test-login/870202400003");
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".RentToOwn.Session=", StringComparison.Ordinal)).Split(';')[0];

        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(cookie, "/api/consents")).StatusCode); // a copy works while the session lives
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/logout", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await ReplayAsync(cookie, "/api/consents")).StatusCode);
        var page = await ReplayAsync(cookie, "/Tenant/Application");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Login", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var account = await factory.WithDbAsync(db => db.Users.Where(u => u.Iin == "870202400003").Select(u => u.Id).SingleAsync());
        var session = await factory.WithDbAsync(db => db.Set<UserSession>().AsNoTracking().SingleAsync(s => s.AccountId == account));
        Assert.Equal(SessionStore.Logout, session.RevokedReason);
        Assert.NotNull(session.RevokedAt);
    }

    [Fact]
    public async Task An_EDS_login_records_the_certificate_and_a_revoked_certificate_ends_the_session_at_the_hourly_recheck()
    {
        var key = DemoKeys.Load(factory.PkiDirectory, "guarantor");
        var party = DemoKeys.Party(factory.PkiDirectory, "guarantor");
        await factory.AddUserAsync(party.Iin, party.Name, PlatformRoles.Guarantor);
        var client = await EdsClient.LoggedInAsync(factory, key);
        var serial = key.Certificate.SerialNumber.ToString(16);
        var session = await factory.WithDbAsync(db => db.Set<UserSession>().AsNoTracking().SingleAsync(s => s.CertificateSerial == serial && s.RevokedAt == null));
        Assert.Equal(key.Certificate.IssuerDN.ToString(), session.CertificateIssuer);
        Assert.Equal(key.Certificate.GetEncoded(), session.Certificate);

        factory.Status.Revoked.Add(serial); // NCA revokes it after the login
        factory.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/consents")).StatusCode); // not due yet
        factory.Time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/consents")).StatusCode);
        var ended = await factory.WithDbAsync(db => db.Set<UserSession>().AsNoTracking().SingleAsync(s => s.Id == session.Id));
        Assert.Equal(SessionStore.CertificateRevoked, ended.RevokedReason);
        factory.Status.Revoked.Remove(serial);
    }

    [Fact]
    public async Task A_good_certificate_keeps_the_session_past_the_recheck()
    {
        var key = DemoKeys.Load(factory.PkiDirectory, "tenant");
        var party = DemoKeys.Party(factory.PkiDirectory, "tenant");
        await factory.AddUserAsync(party.Iin, party.Name, PlatformRoles.Tenant);
        var client = await EdsClient.LoggedInAsync(factory, key);
        factory.Time.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/consents")).StatusCode);
        var now = factory.Time.GetUtcNow();
        var serial = key.Certificate.SerialNumber.ToString(16);
        var session = await factory.WithDbAsync(db => db.Set<UserSession>().AsNoTracking().Where(s => s.CertificateSerial == serial && s.RevokedAt == null).ToListAsync());
        Assert.Contains(session, s => s.RevocationCheckedAt == now && s.LastSeenAt == now);
    }

    private async Task<HttpResponseMessage> ReplayAsync(string cookie, string path)
    {
        var bare = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await bare.SendAsync(request);
    }
}
