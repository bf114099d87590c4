using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Term.Payments;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Term;

/// <summary>Payments over the term through the sandbox acquirer: schedule, arrears on the Kazakhstan calendar, early buyout (A.29).</summary>
public sealed class TermPaymentsTests : IDisposable
{
    // Fake clock: Wed 2026-11-25 09:00 Almaty. A lease from 2026-05-28 falls due on the 28th: 06-28 is a Sunday (effective
    // Monday 06-29), 11-28 a Saturday (effective Monday 11-30). Periods 1–5 are overdue today.
    private static readonly DateOnly Start = new(2026, 5, 28);
    private readonly TermPlatform _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Statement_shows_due_paid_and_arrears_with_due_dates_moved_off_weekends()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        var tenant = await _app.As("tenant");
        var s = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}"));
        Assert.True(s.GetProperty("active").GetBoolean());
        var periods = s.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(12, periods.Count);
        Assert.Equal("2026-06-28", periods[0].GetProperty("dueDate").GetString());
        Assert.Equal("2026-06-29", periods[0].GetProperty("effectiveDueDate").GetString()); // Sunday → Monday
        Assert.Equal(149, periods[0].GetProperty("daysOverdue").GetInt32());
        Assert.Equal(28, periods[4].GetProperty("daysOverdue").GetInt32());
        Assert.Equal("Overdue", periods[4].GetProperty("state").GetString());
        Assert.Equal("2026-11-30", periods[5].GetProperty("effectiveDueDate").GetString()); // Saturday → Monday
        Assert.Equal("Upcoming", periods[5].GetProperty("state").GetString());
        Assert.Equal(5, s.GetProperty("overduePeriods").GetInt32());
        Assert.Equal(149, s.GetProperty("maxDaysOverdue").GetInt32());
        var fivePayments = periods.Take(5).Sum(p => p.GetProperty("paymentTiyn").GetInt64());
        Assert.Equal(fivePayments, s.GetProperty("arrearsTiyn").GetInt64());
        Assert.Equal(1, s.GetProperty("nextPeriod").GetProperty("n").GetInt32());

        // Monday 11-30 (the moved due date) the 6th payment is due, not late; on Tuesday it is one day overdue.
        _app.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 4, 0, 0, TimeSpan.Zero));
        tenant = await _app.As("tenant"); // the session cookie does not outlive days of fake time
        s = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}"));
        Assert.Equal("Due", s.GetProperty("periods")[5].GetProperty("state").GetString());
        Assert.Equal(5, s.GetProperty("overduePeriods").GetInt32());
        _app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 4, 0, 0, TimeSpan.Zero));
        tenant = await _app.As("tenant");
        s = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}"));
        Assert.Equal("Overdue", s.GetProperty("periods")[5].GetProperty("state").GetString());
        Assert.Equal(1, s.GetProperty("periods")[5].GetProperty("daysOverdue").GetInt32());
        Assert.Equal(6, s.GetProperty("overduePeriods").GetInt32());

        // The tenant's page and the officer's page show the schedule and the arrears.
        var html = await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}");
        Assert.Contains("id=\"term-schedule\"", html);
        Assert.Contains("id=\"term-arrears\"", html);
        Assert.Contains("data-period=\"1\"", html);
        using var officer = await _app.As("ktk-officer");
        Assert.Contains(lease.Number, await officer.GetStringAsync("/Officer/Leases"));
        Assert.Contains("id=\"term-arrears\"", await officer.GetStringAsync($"/Officer/Leases/Details?id={lease.Id}"));
    }

    [Fact]
    public async Task Installments_are_paid_through_the_sandbox_oldest_first_and_recorded_once()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        using var tenant = await _app.As("tenant");
        var early = await tenant.PostAsync($"/api/term/{lease.Id}/installments/2/payments", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Refusal.Shown(await early.Content.ReadAsStringAsync(), "term.refused.oldest_first");
        Assert.Equal(HttpStatusCode.BadRequest, (await tenant.PostAsync($"/api/term/{lease.Id}/installments/13/payments", null)).StatusCode);

        var paymentId = await _app.PayAsync(tenant, $"/api/term/{lease.Id}/installments/1/payments");
        var s = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}"));
        Assert.Equal("Paid", s.GetProperty("periods")[0].GetProperty("state").GetString());
        Assert.Equal(1, s.GetProperty("paidPeriods").GetInt32());
        Assert.Equal(4, s.GetProperty("overduePeriods").GetInt32());
        Assert.Equal(2, s.GetProperty("nextPeriod").GetProperty("n").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await tenant.PostAsync($"/api/term/{lease.Id}/installments/1/payments", null)).StatusCode);

        // Delivered again (the dispatcher retries): still one payment.
        using (var scope = _app.Services.CreateScope())
        {
            var handler = scope.ServiceProvider.GetServices<IPaymentConfirmationHandler>().OfType<InstallmentConfirmationHandler>().Single();
            var stored = await _app.WithDbAsync(db => db.Set<TermPayment>().SingleAsync(p => p.Id == paymentId));
            await handler.HandleAsync(new ConfirmedPayment(paymentId, new PaymentOrder(lease.Id, PaymentPurpose.Installment, "1", stored.AmountTiyn, Guid.Empty, "again"),
                stored.ProviderReference, stored.PaidAt, []), default);
        }

        Assert.Equal(1, await _app.WithDbAsync(db => db.Set<TermPayment>().CountAsync(p => p.LeaseId == lease.Id)));
    }

    [Fact]
    public async Task Paying_every_period_completes_the_purchase()
    {
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 9, 20), months: 2);
        using var tenant = await _app.As("tenant");
        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/installments/1/payments");
        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/installments/2/payments");
        var s = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}"));
        Assert.True(s.GetProperty("purchaseCompleted").GetBoolean());
        Assert.Equal("schedule", s.GetProperty("completedBy").GetString());
        Assert.Equal(120_000_000, s.GetProperty("periods").EnumerateArray().Sum(p => p.GetProperty("purchaseTiyn").GetInt64()));
        var again = await tenant.PostAsync($"/api/term/{lease.Id}/buyout/payments", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Refusal.Shown(await again.Content.ReadAsStringAsync(), "term.refused.purchase_completed_payments");
    }

    [Fact]
    public async Task Early_buyout_quote_adds_arrears_and_its_payment_completes_the_purchase()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        using var tenant = await _app.As("tenant");
        var quote = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}/buyout"));
        var s = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}"));
        // The #6 domain quote assumes every payment due so far was made; the 5 unpaid ones are added.
        Assert.Equal(5, quote.GetProperty("quote").GetProperty("paymentsMade").GetInt32());
        Assert.Equal(s.GetProperty("arrearsTiyn").GetInt64(), quote.GetProperty("arrearsTiyn").GetInt64());
        var domainTotal = (long)(quote.GetProperty("quote").GetProperty("total").GetDecimal() * 100);
        Assert.Equal(domainTotal + quote.GetProperty("arrearsTiyn").GetInt64(), quote.GetProperty("totalTiyn").GetInt64());

        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/buyout/payments");
        s = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}"));
        Assert.True(s.GetProperty("purchaseCompleted").GetBoolean());
        Assert.Equal("buyout", s.GetProperty("completedBy").GetString());
        Assert.Equal(0, s.GetProperty("arrearsTiyn").GetInt64());
        Assert.Equal(quote.GetProperty("totalTiyn").GetInt64(), s.GetProperty("paidTiyn").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, (await tenant.GetAsync($"/api/term/{lease.Id}/buyout")).StatusCode);
        var pay = await tenant.PostAsync($"/api/term/{lease.Id}/installments/1/payments", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, pay.StatusCode);
    }

    [Fact]
    public async Task Paid_ahead_the_buyout_is_the_remaining_purchase_price()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        using var tenant = await _app.As("tenant");
        for (var n = 1; n <= 6; n++) await _app.PayAsync(tenant, $"/api/term/{lease.Id}/installments/{n}/payments"); // 6 falls due on 11-30
        var s = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}"));
        Assert.Equal(0, s.GetProperty("arrearsTiyn").GetInt64());
        Assert.Equal(6, s.GetProperty("paidPeriods").GetInt32());
        var quote = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}/buyout"));
        var remaining = s.GetProperty("periods").EnumerateArray().Skip(6).Sum(p => p.GetProperty("purchaseTiyn").GetInt64());
        Assert.Equal(0, quote.GetProperty("arrearsTiyn").GetInt64());
        Assert.Equal(remaining, quote.GetProperty("totalTiyn").GetInt64());
        Assert.True(quote.GetProperty("totalTiyn").GetInt64() < (long)(quote.GetProperty("quote").GetProperty("total").GetDecimal() * 100));
    }

    [Fact]
    public async Task The_tenant_pays_from_the_page_and_the_officer_initiates_from_the_page()
    {
        var lease = await _app.SignedLeaseAsync(new DateOnly(2026, 9, 20), months: 2);
        using var tenant = await _app.As("tenant");
        var page = $"/Tenant/Term?id={lease.Id}";
        async Task<HttpResponseMessage> Post(HttpClient c, string url, Dictionary<string, string> f, string tokenPage)
        {
            f["__RequestVerificationToken"] = await FormPost.TokenAsync(c, tokenPage);
            return await c.PostAsync(url, new FormUrlEncodedContent(f));
        }

        // Period 2 before period 1: the page shows the refusal; period 1: off to the provider's checkout.
        var refused = await Post(tenant, $"/Tenant/Term?id={lease.Id}&handler=Pay", new() { ["period"] = "2" }, page);
        Assert.Contains("id=\"term-error\"", await refused.Content.ReadAsStringAsync());
        var pay = await Post(tenant, $"/Tenant/Term?id={lease.Id}&handler=Pay", new() { ["period"] = "1" }, page);
        Assert.Equal(HttpStatusCode.Redirect, pay.StatusCode);
        Assert.StartsWith("/Payments/Checkout/", pay.Headers.Location!.ToString());
        Assert.Contains("returnUrl=", pay.Headers.Location!.ToString());

        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/buyout/payments");
        using var officer = await _app.As("ktk-officer");
        var details = $"/Officer/Leases/Details?id={lease.Id}";
        Assert.Contains("id=\"initiate-closing\"", await officer.GetStringAsync(details));
        var initiated = await Post(officer, $"{details}&handler=Initiate", [], details);
        var html = await initiated.Content.ReadAsStringAsync();
        Assert.Contains("id=\"term-closing\"", html);
        Assert.Contains("data-state=\"AwaitingSignatures\"", html);
    }

    [Fact]
    public async Task Unsigned_contract_takes_no_payments()
    {
        var lease = await _app.SignedLeaseAsync(Start, signed: false);
        using var tenant = await _app.As("tenant");
        var r = await tenant.PostAsync($"/api/term/{lease.Id}/installments/1/payments", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Refusal.Shown(await r.Content.ReadAsStringAsync(), "term.refused.not_active");
        Assert.False((await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}"))).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Another_tenant_sees_nothing_and_staff_cannot_pay()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        await _app.AddUserAsync(TestIins.Recipient2, "Other Tenant", PlatformRoles.Tenant);
        using var other = await _app.SignedInClientAsync(TestIins.Recipient2);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/term/{lease.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/term/{lease.Id}/buyout")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/term/{lease.Id}/installments/1/payments", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/term/{lease.Id}/buyout/payments", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Tenant/Term?id={lease.Id}")).StatusCode);
        Assert.Empty((await TermPlatform.JsonAsync(await other.GetAsync("/api/term/leases"))).EnumerateArray());
        var page = await other.GetAsync("/Officer/Leases");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("Forbidden", page.Headers.Location!.ToString());

        using var officer = await _app.As("ktk-officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/term/{lease.Id}/installments/1/payments", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/term/{lease.Id}")).StatusCode);
        using var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/term/{lease.Id}")).StatusCode);
    }
}
