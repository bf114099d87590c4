using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>A.20, issue 17 §3: the tenant's ДҚБ consent for a registration, resent after a lost answer, is answered as the first time.</summary>
public sealed class ConsentResentTests : IAsyncLifetime
{
    private readonly RegistrationPlatform _app = new();
    private readonly RegistrationFlow _flow;

    public ConsentResentTests() => _flow = new RegistrationFlow(_app);

    public Task InitializeAsync() => VideoSessionSetup.WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A20_the_same_signed_consent_resent_gets_the_first_answer_and_another_is_refused()
    {
        var id = await _flow.FormAsync(await SignedLeases.CreateAsync(_app, _flow, "21:320:050:79"));
        using var tenant = await _flow.ClientAsync("tenant");
        var form = await RegistrationFlow.JsonAsync(await tenant.GetAsync($"/api/registrations/{id}/consent-form?language=kk"));
        var document = Convert.FromBase64String(form.GetProperty("document").GetString()!);
        var cms = _flow.Sign(document, "tenant");
        var given = await ConsentRecordsAsync();

        Assert.Equal(HttpStatusCode.OK, (await tenant.PostAsJsonAsync($"/api/registrations/{id}/consent", new { language = "kk", cms })).StatusCode);
        Assert.Equal(given + 1, await ConsentRecordsAsync());
        var consent = await _app.WithDbAsync(db => db.Set<RegistrationApplication>().Where(a => a.Id == id).Select(a => a.ConsentId).SingleAsync());

        // The same bytes again: the first answer, nothing recorded twice, the same consent kept.
        Assert.Equal(HttpStatusCode.OK, (await tenant.PostAsJsonAsync($"/api/registrations/{id}/consent", new { language = "kk", cms })).StatusCode);
        Assert.Equal(given + 1, await ConsentRecordsAsync());
        Assert.Equal(consent, await _app.WithDbAsync(db => db.Set<RegistrationApplication>().Where(a => a.Id == id).Select(a => a.ConsentId).SingleAsync()));

        // Another signature over the form while the consent is live: refused as before.
        _app.Time.Advance(TimeSpan.FromSeconds(1));
        var other = _flow.Sign(document, "tenant");
        Assert.NotEqual(cms, other);
        var again = await tenant.PostAsJsonAsync($"/api/registrations/{id}/consent", new { language = "kk", cms = other });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Refusal.Shown(await again.Content.ReadAsStringAsync(), "registration.refused.consent_given");
        Assert.Equal(given + 1, await ConsentRecordsAsync());
    }

    private Task<int> ConsentRecordsAsync() => _app.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.Kind == "ConsentGiven"));
}
