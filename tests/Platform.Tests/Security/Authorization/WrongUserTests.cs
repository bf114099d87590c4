using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Payments;

namespace RentToOwn.Platform.Tests.Security.Authorization;

/// <summary>
/// Issue 15, section 4: the wrong-user tests that had none (the matrix covers every endpoint; these name the expected status
/// and what must stay unchanged). Another user of the same role gets 404 for an object that is not theirs.
/// </summary>
public sealed class WrongUserTests(VictimFixture fx) : IClassFixture<VictimFixture>
{
    private Victim V => fx.Victim;

    [Theory]
    [InlineData(Caller.OtherTenant)]
    [InlineData(Caller.Guarantor)]
    [InlineData(Caller.Spouse)]
    [InlineData(Caller.Registrar)]
    public async Task Terminations_of_another_tenants_lease_are_not_found(Caller caller)
    {
        using var client = await fx.As(caller);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/term/{V.TermLease}/terminations")).StatusCode);
        using var tenant = await fx.As(Caller.Tenant);
        Assert.Equal(HttpStatusCode.OK, (await tenant.GetAsync($"/api/term/{V.TermLease}/terminations")).StatusCode);
    }

    [Fact]
    public async Task My_video_sessions_never_list_another_persons_session()
    {
        foreach (var caller in new[] { Caller.OtherTenant, Caller.OtherSpouse, Caller.OtherRegistrar, Caller.OtherOfficer, Caller.Guarantor })
        {
            using var client = await fx.As(caller);
            var r = await client.GetAsync("/api/video-sessions/mine");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.DoesNotContain(V.Session.ToString(), await r.Content.ReadAsStringAsync());
        }

        using var tenant = await fx.As(Caller.Tenant);
        Assert.Contains(V.Session.ToString(), await tenant.GetStringAsync("/api/video-sessions/mine"));
    }

    [Theory]
    [InlineData(Caller.OtherRegistrar)]
    [InlineData(Caller.OtherTenant)]
    [InlineData(Caller.OtherOfficer)]
    [InlineData(Caller.Guarantor)]
    public async Task The_verdict_of_a_session_is_refused_to_who_did_not_take_part(Caller caller)
    {
        using var client = await fx.As(caller);
        var r = await client.GetAsync($"/api/video-sessions/{V.Session}/verdict");
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.DoesNotContain("findings", await r.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Only_the_sessions_registrar_gets_the_signed_verdict_back()
    {
        using var registrar = await fx.As(Caller.Registrar);
        using var tenant = await fx.As(Caller.Tenant);
        var mine = JsonDocument.Parse(await registrar.GetStringAsync($"/api/video-sessions/{V.Session}/verdict")).RootElement;
        var theirs = JsonDocument.Parse(await tenant.GetStringAsync($"/api/video-sessions/{V.Session}/verdict")).RootElement;
        Assert.NotEqual("", mine.GetProperty("signatureBase64").GetString());
        Assert.Equal("", theirs.GetProperty("signatureBase64").GetString());
    }

    [Theory]
    [InlineData(Caller.OtherTenant)]
    [InlineData(Caller.Spouse)]
    [InlineData(Caller.Guarantor)]
    [InlineData(Caller.Registrar)]
    public async Task Another_persons_payment_and_its_document_are_not_found(Caller caller)
    {
        using var client = await fx.As(caller);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/payments/{V.Payment}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/payments/{V.Payment}/document")).StatusCode);
        using var tenant = await fx.As(Caller.Tenant);
        Assert.Equal(HttpStatusCode.OK, (await tenant.GetAsync($"/api/payments/{V.Payment}/document")).StatusCode);
    }

    [Theory]
    [InlineData("decline")]
    [InlineData("pay")]
    public async Task Another_user_cannot_decide_a_payment_at_the_sandbox_checkout(string action)
    {
        var before = await fx.App.WithDbAsync(db => db.Set<PaymentRecord>().Where(p => p.Id == V.Payment).Select(p => p.Status).SingleAsync());
        foreach (var caller in new[] { Caller.OtherTenant, Caller.Spouse, Caller.Officer, Caller.Registrar })
        {
            using var client = await fx.As(caller);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/payments/{V.Payment}/sandbox/{action}", JsonContent.Create(new { }))).StatusCode);
        }

        Assert.Equal(before, await fx.App.WithDbAsync(db => db.Set<PaymentRecord>().Where(p => p.Id == V.Payment).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Logout_ends_only_the_callers_own_session()
    {
        using var other = await fx.As(Caller.OtherTenant);
        using var tenant = await fx.As(Caller.Tenant);
        Assert.Equal(HttpStatusCode.NoContent, (await other.PostAsync("/api/auth/logout", JsonContent.Create(new { }))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/reminders")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tenant.GetAsync("/api/reminders")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tenant.GetAsync($"/api/term/{V.TermLease}")).StatusCode);
    }

    [Fact]
    public async Task Logout_without_a_session_is_unauthorized()
    {
        using var anonymous = await fx.As(Caller.Anonymous);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/auth/logout", JsonContent.Create(new { }))).StatusCode);
    }
}
