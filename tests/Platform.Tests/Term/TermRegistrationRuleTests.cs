using System.Net;
using System.Net.Http.Headers;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Term;

/// <summary>
/// A.19–A.29: installments run under the signed contract (A.17–A.18 fix the schedule), but the early buyout, the closing
/// and a termination without purchase end the lease encumbrance registered under A.25 — so they wait until it is
/// REGISTERED (409 from the API, a kk/ru/en notice on the tenant's and the officer's pages).
/// </summary>
public sealed class TermRegistrationRuleTests : IDisposable
{
    private readonly TermPlatform _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Without_a_registered_encumbrance_installments_run_but_buyout_closing_and_terminations_are_refused()
    {
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 9, 20), months: 2, registered: false);
        using var tenant = await _app.As("tenant");
        using var officer = await _app.As("ktk-officer");

        // Installments: the contract's schedule, from the signatures (A.18).
        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/installments/1/payments");
        var s = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}"));
        Assert.False(s.GetProperty("encumbranceRegistered").GetBoolean());
        Assert.Equal(1, s.GetProperty("paidPeriods").GetInt32());

        // The buyout: its quote is shown, its payment refused.
        Assert.Equal(HttpStatusCode.OK, (await tenant.GetAsync($"/api/term/{lease.Id}/buyout")).StatusCode);
        var buyout = await tenant.PostAsync($"/api/term/{lease.Id}/buyout/payments", null);
        Assert.Equal(HttpStatusCode.Conflict, buyout.StatusCode);
        Refusal.Shown(await buyout.Content.ReadAsStringAsync(), "term.refused.buyout_needs_registration");

        // Terminations without purchase: nothing to terminate yet.
        var request = await tenant.GetByteArrayAsync($"/api/term/{lease.Id}/terminations/voluntary/request");
        var voluntary = await TermPlatform.PostCms(tenant, $"/api/term/{lease.Id}/terminations/voluntary", _app.Sign(request, "tenant"));
        Assert.Equal(HttpStatusCode.Conflict, voluntary.StatusCode);
        Refusal.Shown(await voluntary.Content.ReadAsStringAsync(), "term.refused.needs_registration");
        var form = new MultipartFormDataContent
        {
            { new StringContent(await FormPost.TokenAsync(officer, "/Officer/RecipientLists")), "__RequestVerificationToken" },
            { new StringContent("Astana city court"), "courtName" }, { new StringContent("2-9/2026"), "caseNumber" },
            { new StringContent("2026-11-20"), "decisionDate" }, { new StringContent("arrears"), "ground" },
        };
        var file = new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "decision", "decision.pdf");
        var court = await officer.PostAsync($"/api/term/{lease.Id}/terminations/involuntary", form);
        Assert.Equal(HttpStatusCode.Conflict, court.StatusCode);
        Refusal.Shown(await court.Content.ReadAsStringAsync(), "term.refused.needs_registration");

        // The pages say why, in the chosen language, and offer no buyout button, no closing, no termination.
        var en = await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}&lang=en");
        Assert.Contains("id=\"term-not-registered\"", en);
        Assert.Contains("The lease encumbrance is not registered yet", en);
        Assert.Contains("id=\"term-buyout\"", en);
        Assert.DoesNotContain("id=\"pay-buyout\"", en);
        Assert.DoesNotContain("id=\"term-terminate\"", en);
        Assert.Contains("ещё не зарегистрировано", await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}&lang=ru"));
        Assert.Contains("әлі тіркелмеген", await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}&lang=kk"));

        // Every period paid: the purchase is completed, the closing still waits for the registration.
        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/installments/2/payments");
        var closing = await officer.PostAsync($"/api/term/{lease.Id}/closing", null);
        Assert.Equal(HttpStatusCode.Conflict, closing.StatusCode);
        Refusal.Shown(await closing.Content.ReadAsStringAsync(), "term.refused.needs_registration");
        var details = await officer.GetStringAsync($"/Officer/Leases/Details?id={lease.Id}&lang=en");
        Assert.Contains("id=\"term-not-registered\"", details);
        Assert.DoesNotContain("id=\"initiate-closing\"", details);

        // Once REGISTERED (A.25) the closing starts.
        await TermLeaseSetup.RegisterEncumbranceAsync(_app, lease.Id);
        Assert.Contains("id=\"initiate-closing\"", await officer.GetStringAsync($"/Officer/Leases/Details?id={lease.Id}"));
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/term/{lease.Id}/closing", null)).StatusCode);
    }

    [Fact]
    public async Task Registered_the_buyout_and_a_voluntary_termination_are_allowed()
    {
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 5, 28), registered: false);
        using var tenant = await _app.As("tenant");
        Assert.DoesNotContain("id=\"pay-buyout\"", await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}"));
        await TermLeaseSetup.RegisterEncumbranceAsync(_app, lease.Id);
        var html = await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}");
        Assert.Contains("id=\"pay-buyout\"", html);
        Assert.DoesNotContain("id=\"term-not-registered\"", html);
        Assert.True((await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}"))).GetProperty("encumbranceRegistered").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await tenant.PostAsync($"/api/term/{lease.Id}/buyout/payments", null)).StatusCode);
        var request = await tenant.GetByteArrayAsync($"/api/term/{lease.Id}/terminations/voluntary/request");
        Assert.Equal(HttpStatusCode.OK, (await TermPlatform.PostCms(tenant, $"/api/term/{lease.Id}/terminations/voluntary", _app.Sign(request, "tenant"))).StatusCode);
    }
}
