using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Registration.Deadlines;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>Who may see and act on an application, bad input, and the A.38 deadline monitor.</summary>
public sealed class AccessAndDeadlineTests : IAsyncLifetime
{
    // A.38: the simulated registrar takes long enough to miss the one-working-day deadline.
    private readonly RegistrationPlatform _app = new(new Dictionary<string, string?> { ["Kadastr:Embedded:ProcessingDelay"] = "30.00:00:00" });
    private readonly RegistrationFlow _flow;

    public AccessAndDeadlineTests() => _flow = new RegistrationFlow(_app);

    public Task InitializeAsync() => VideoSessionSetup.WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Another_tenant_a_guarantor_and_anonymous_callers_cannot_see_or_act_on_the_application()
    {
        var id = await _flow.FormAsync(await SignedLeases.CreateAsync(_app, _flow, "21:320:050:51"));
        var otherIin = TestIins.Make("950303", '3', 777);
        await _app.AddUserAsync(otherIin, "Other Tenant", PlatformRoles.Tenant);
        foreach (var client in new[] { await _app.SignedInClientAsync(otherIin), await _flow.ClientAsync("guarantor") })
        {
            using (client)
            {
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/registrations/{id}")).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/registrations/{id}/form")).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/registrations/{id}/consent-form")).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/registrations/{id}/consent", new { language = "kk", cms = "AAAA" })).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/registrations/{id}/signature", new { cms = "AAAA" })).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/registrations/{id}/fee", null)).StatusCode);
                Assert.Empty((await client.GetFromJsonAsync<List<Platform.Registration.RegistrationView>>("/api/registrations"))!);
                var page = await client.GetAsync("/Tenant/Registration");
                Assert.DoesNotContain(id.ToString(), await page.Content.ReadAsStringAsync()); // another tenant: an empty list; a guarantor: no tenant cabinet
                // Staff-only endpoints and pages.
                Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/registrations", new { leaseId = Guid.NewGuid() })).StatusCode);
                Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/registrations/{id}/submit", null)).StatusCode);
                Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/Registrar/Registrations")).StatusCode);
                Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/Officer/Registrations")).StatusCode);
            }
        }

        using var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Contains((await anonymous.GetAsync($"/api/registrations/{id}")).StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Redirect });

        // The tenant: bad input gets a clear error and changes nothing.
        using var tenant = await _flow.ClientAsync("tenant");
        var notBase64 = await tenant.PostAsJsonAsync($"/api/registrations/{id}/consent", new { language = "kk", cms = "%%%" });
        Assert.Equal(HttpStatusCode.BadRequest, notBase64.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await tenant.PostAsJsonAsync($"/api/registrations/{id}/consent", new { language = "xx", cms = "AAAA" })).StatusCode);
        var form = System.Text.Json.JsonDocument.Parse(await tenant.GetStringAsync($"/api/registrations/{id}/consent-form?language=kk")).RootElement.GetProperty("document").GetString()!;
        var someoneElse = await tenant.PostAsJsonAsync($"/api/registrations/{id}/consent", new { language = "kk", cms = _flow.Sign(Convert.FromBase64String(form), "guarantor") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, someoneElse.StatusCode);
        Refusal.Shown(await someoneElse.Content.ReadAsStringAsync(), "signing.refused.not_accepted");
        var doc = await tenant.GetByteArrayAsync($"/api/registrations/{id}/form");
        var beforeConsent = await tenant.PostAsJsonAsync($"/api/registrations/{id}/signature", new { cms = _flow.Sign(doc, "tenant") });
        Assert.Equal(HttpStatusCode.Conflict, beforeConsent.StatusCode);
        Refusal.Shown(await beforeConsent.Content.ReadAsStringAsync(), "registration.refused.consent_first");
        Assert.Equal("AwaitingTenant", (await _flow.ViewAsync(id)).Status);

        // The officer cannot form from an unsigned or unknown lease.
        using var officer = await _flow.ClientAsync("ktk-officer");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsJsonAsync("/api/registrations", new { leaseId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.PostAsJsonAsync("/api/registrations", new { leaseId = Guid.Empty })).StatusCode);
    }

    [Fact]
    public async Task A38_a_registration_still_undecided_one_working_day_after_the_fee_confirmation_alerts_the_officers()
    {
        var id = await _flow.FormAsync(await SignedLeases.CreateAsync(_app, _flow, "21:320:050:52"));
        await _flow.CompleteAsync(id);
        var review = await _flow.WaitForAsync(id, "UNDER_REVIEW");
        await TestWaits.UntilAsync(async () => (review = await _flow.ViewAsync(id)).DecisionDueAt is not null);

        Assert.NotNull(review.DecisionDueAt);
        using var scope = _app.Services.CreateScope();
        var monitor = scope.ServiceProvider.GetRequiredService<RegistrationDeadlineMonitor>();
        Assert.Equal(0, await monitor.RunAsync(default)); // not yet due
        // Fee confirmed Wednesday 09:00 (Almaty): due by the end of Thursday; on Friday it is breached.
        _app.Time.SetUtcNow(review.DecisionDueAt!.Value.AddMinutes(1));
        Assert.Equal(1, await monitor.RunAsync(default));
        Assert.Equal(0, await monitor.RunAsync(default)); // one alert per application

        var alert = await _app.WithDbAsync(db => db.Set<RegistrationAlert>().SingleAsync());
        Assert.Equal(id, alert.RegistrationId);
        Assert.Contains("A.38", alert.Message);
        Assert.True(await _app.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "registration-deadline-breached" && a.Resource == $"registration:{id}")));
        using var officer = await _flow.ClientAsync("ktk-officer");
        var html = await officer.GetStringAsync("/Officer/Registrations");
        Assert.Contains("id=\"registration-alerts\"", html);
        Assert.Contains($"data-registration=\"{id}\"", html);
    }
}
