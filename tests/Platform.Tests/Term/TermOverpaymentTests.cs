using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Payments.Sandbox;
using RentToOwn.Platform.Term;
using RentToOwn.Platform.Term.Refunds;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Term;

/// <summary>
/// Over-payments are never silently absorbed: a surplus is credited to the next installments, or — once the purchase is
/// completed or the lease closing — due back to the tenant and refunded through the provider by a KTK officer. Each
/// decision is audited and on the ledger (PaymentAdjusted, no IIN); checkouts the platform prices never exceed what is owed.
/// </summary>
public sealed class TermOverpaymentTests : IDisposable
{
    // Fake clock Wed 2026-11-25; a lease from 2026-05-28 has periods 1–5 overdue.
    private static readonly DateOnly Start = new(2026, 5, 28);
    private readonly TermPlatform _app = new();

    public void Dispose() => _app.Dispose();

    /// <summary>The provider collected a payment the platform did not price (a second checkout, another amount).</summary>
    private async Task<Guid> ProviderOrderAsync(Guid leaseId, PaymentPurpose purpose, string subject, long amount)
    {
        var account = await _app.WithDbAsync(db => db.Users.Where(u => u.Iin == _app.Iin("tenant")).Select(u => u.Id).SingleAsync());
        using var scope = _app.Services.CreateScope();
        var intent = await scope.ServiceProvider.GetRequiredService<IPaymentProvider>()
            .CreateAsync(new PaymentOrder(leaseId, purpose, subject, amount, account, "another checkout"), default);
        return intent.PaymentId;
    }

    private async Task PayAtSandboxAsync(HttpClient tenant, Guid paymentId)
    {
        var pay = await tenant.PostAsync($"/api/payments/{paymentId}/sandbox/pay", null);
        Assert.True(pay.IsSuccessStatusCode, await pay.Content.ReadAsStringAsync());
        await TermLeaseSetup.WaitForPaymentAsync(_app, paymentId);
    }

    private static async Task<System.Text.Json.JsonElement> StatementAsync(HttpClient c, Guid lease) => await TermPlatform.JsonAsync(await c.GetAsync($"/api/term/{lease}"));

    [Fact]
    public async Task An_installment_paid_twice_or_above_its_period_is_credited_to_the_next_installments()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        using var tenant = await _app.As("tenant");
        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/installments/1/payments");
        var payment = (await StatementAsync(tenant, lease.Id)).GetProperty("periods")[0].GetProperty("paymentTiyn").GetInt64();

        // A duplicate confirmation of period 1 under another payment id: all of it is credited, period 2 is paid by the credit.
        await PayAtSandboxAsync(tenant, await ProviderOrderAsync(lease.Id, PaymentPurpose.Installment, "1", payment));
        var s = await StatementAsync(tenant, lease.Id);
        Assert.Equal(payment, s.GetProperty("creditTiyn").GetInt64());
        Assert.Equal("Paid", s.GetProperty("periods")[1].GetProperty("state").GetString());
        Assert.Equal(payment, s.GetProperty("periods")[1].GetProperty("creditTiyn").GetInt64());
        Assert.Equal(3, s.GetProperty("nextPeriod").GetProperty("n").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await tenant.PostAsync($"/api/term/{lease.Id}/installments/2/payments", null)).StatusCode);

        // Period 3 paid 5 000 ₸ above its amount: the surplus is credited to period 4, and period 4's checkout asks only the rest.
        await PayAtSandboxAsync(tenant, await ProviderOrderAsync(lease.Id, PaymentPurpose.Installment, "3", payment + 500_000));
        s = await StatementAsync(tenant, lease.Id);
        Assert.Equal(payment + 500_000, s.GetProperty("creditTiyn").GetInt64());
        Assert.Equal("Paid", s.GetProperty("periods")[2].GetProperty("state").GetString());
        Assert.Equal(500_000, s.GetProperty("periods")[3].GetProperty("paidTiyn").GetInt64());
        Assert.Equal(500_000, s.GetProperty("periods")[3].GetProperty("creditTiyn").GetInt64());
        Assert.Equal(0, s.GetProperty("refundDueTiyn").GetInt64());
        var next = await TermPlatform.JsonAsync(await tenant.PostAsync($"/api/term/{lease.Id}/installments/4/payments", null));
        Assert.Equal(payment - 500_000, next.GetProperty("amountTiyn").GetInt64());

        // Each decision: audited, and a PaymentAdjusted ledger record without the tenant's IIN.
        var adjustments = await TermPlatform.JsonAsync(await tenant.GetAsync($"/api/term/{lease.Id}/adjustments"));
        Assert.Equal(2, adjustments.GetArrayLength());
        Assert.All(adjustments.EnumerateArray(), a => Assert.Equal("Credit", a.GetProperty("kind").GetString()));
        Assert.All(adjustments.EnumerateArray(), a => Assert.Equal(TermAdjustmentReasons.InstallmentSurplus, a.GetProperty("reason").GetString()));
        var receipts = await _app.WithDbAsync(db => db.LedgerReceipts.Where(r => r.Kind == "PaymentAdjusted").ToListAsync());
        Assert.Equal(2, receipts.Count);
        Assert.All(receipts, r => Assert.DoesNotContain(lease.TenantIin, r.ReceiptJson));
        Assert.Equal(2, await _app.WithDbAsync(db => db.AuditLog.CountAsync(e => e.Action == "term:credit" && e.SubjectIin == lease.TenantIin)));

        // The tenant sees the credit balance.
        var html = await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}&lang=en");
        Assert.Contains($"id=\"term-credit\" data-credit=\"{payment + 500_000}\"", html);
        Assert.Contains("Credit from over-payments", html);
        Assert.Contains("installment above what the period still owed", html);
    }

    [Fact]
    public async Task A_buyout_paid_twice_is_refunded_through_the_provider_by_the_officer()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        using var tenant = await _app.As("tenant");
        using var officer = await _app.As("ktk-officer");

        // A second tab asks for the same checkout, not a second one.
        var first = await TermPlatform.JsonAsync(await tenant.PostAsync($"/api/term/{lease.Id}/buyout/payments", null));
        var again = await TermPlatform.JsonAsync(await tenant.PostAsync($"/api/term/{lease.Id}/buyout/payments", null));
        Assert.Equal(first.GetProperty("paymentId").GetGuid(), again.GetProperty("paymentId").GetGuid());
        var x = first.GetProperty("amountTiyn").GetInt64();

        // Installment 1 paid meanwhile: today's buyout is smaller, so a new checkout is a new order; both get paid.
        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/installments/1/payments");
        var p1 = (await StatementAsync(tenant, lease.Id)).GetProperty("periods")[0].GetProperty("paymentTiyn").GetInt64();
        var second = await TermPlatform.JsonAsync(await tenant.PostAsync($"/api/term/{lease.Id}/buyout/payments", null));
        Assert.NotEqual(first.GetProperty("paymentId").GetGuid(), second.GetProperty("paymentId").GetGuid());
        Assert.Equal(x - p1, second.GetProperty("amountTiyn").GetInt64());
        await PayAtSandboxAsync(tenant, first.GetProperty("paymentId").GetGuid());
        await PayAtSandboxAsync(tenant, second.GetProperty("paymentId").GetGuid());

        // The first completes the purchase and returns what installment 1 had paid; the second is due back in full.
        var s = await StatementAsync(tenant, lease.Id);
        Assert.True(s.GetProperty("purchaseCompleted").GetBoolean());
        Assert.Equal("buyout", s.GetProperty("completedBy").GetString());
        Assert.Equal(x, s.GetProperty("refundDueTiyn").GetInt64());
        Assert.Equal(x, s.GetProperty("retainedTiyn").GetInt64());
        var refunds = (await TermPlatform.JsonAsync(await officer.GetAsync("/api/term/refunds"))).EnumerateArray().Where(r => r.GetProperty("leaseId").GetGuid() == lease.Id).ToList();
        Assert.Equal(2, refunds.Count);
        Assert.Contains(refunds, r => r.GetProperty("reason").GetString() == TermAdjustmentReasons.BuyoutSurplus && r.GetProperty("amountTiyn").GetInt64() == p1);
        Assert.Contains(refunds, r => r.GetProperty("reason").GetString() == TermAdjustmentReasons.PurchaseCompleted && r.GetProperty("amountTiyn").GetInt64() == x - p1);
        var tenantPage = await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}&lang=ru");
        Assert.Contains("id=\"term-refunds\"", tenantPage);
        Assert.Contains("К возврату вам", tenantPage);

        // The officer's page lists both with a refund button; one is refunded from the page.
        var page = await officer.GetStringAsync("/Officer/Leases");
        var refundA = refunds[0].GetProperty("id").GetGuid();
        var refundB = refunds[1].GetProperty("id").GetGuid();
        Assert.Contains($"data-refund=\"{refundA}\"", page);
        Assert.Contains($"id=\"refund-{refundB}\"", page);
        var posted = await officer.PostAsync("/Officer/Leases?handler=Refund", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["adjustmentId"] = refundA.ToString(), ["__RequestVerificationToken"] = await FormPost.TokenAsync(officer, "/Officer/Leases"),
        }));
        var after = await posted.Content.ReadAsStringAsync();
        Assert.Contains("SBX-R-", after);
        Assert.DoesNotContain($"data-refund=\"{refundA}\"", after);
        Assert.Contains($"data-refund=\"{refundB}\"", after);

        // The API: tenants cannot refund; an unknown id is 404; the other one refunds once, then 409.
        Assert.Equal(HttpStatusCode.Forbidden, (await tenant.PostAsync($"/api/term/refunds/{refundB}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsync($"/api/term/refunds/{Guid.NewGuid()}", null)).StatusCode);
        var done = await TermPlatform.JsonAsync(await officer.PostAsync($"/api/term/refunds/{refundB}", null));
        Assert.StartsWith("SBX-R-", done.GetProperty("refundReference").GetString());
        var twice = await officer.PostAsync($"/api/term/refunds/{refundA}", null);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Refusal.Shown(await twice.Content.ReadAsStringAsync(), "term.refused.refunded");

        // The acquirer's books, the statement, the audit log and the ledger agree.
        var orders = await _app.WithDbAsync(db => db.Set<SandboxOrder>().Where(o => o.RefundReference != null).ToListAsync());
        Assert.Equal(x, orders.Sum(o => o.RefundedTiyn));
        s = await StatementAsync(tenant, lease.Id);
        Assert.Equal(0, s.GetProperty("refundDueTiyn").GetInt64());
        Assert.Equal(x, s.GetProperty("refundedTiyn").GetInt64());
        Assert.Equal(2, await _app.WithDbAsync(db => db.AuditLog.CountAsync(e => e.Action == "term:refund-due" && e.SubjectIin == lease.TenantIin)));
        Assert.Equal(2, await _app.WithDbAsync(db => db.AuditLog.CountAsync(e => e.Action == "term:refunded" && e.Actor == _app.Iin("ktk-officer"))));
        var receipts = await _app.WithDbAsync(db => db.LedgerReceipts.Where(r => r.Kind == "PaymentAdjusted").ToListAsync());
        Assert.Equal(4, receipts.Count); // two decisions, two refunds
        Assert.All(receipts, r => Assert.DoesNotContain(lease.TenantIin, r.ReceiptJson));
        Assert.All(receipts, r => Assert.DoesNotContain(_app.Iin("ktk-officer"), r.ReceiptJson));
        Assert.Contains("data-refunded=\"true\"", await tenant.GetStringAsync($"/Tenant/Term?id={lease.Id}"));
        Assert.DoesNotContain((await TermPlatform.JsonAsync(await officer.GetAsync("/api/term/refunds"))).EnumerateArray(), r => r.GetProperty("leaseId").GetGuid() == lease.Id);
    }

    [Fact]
    public async Task A_payment_arriving_after_the_lease_closing_started_is_due_back_in_full()
    {
        var lease = await _app.SignedLeaseAsync(Start);
        using var tenant = await _app.As("tenant");
        using var officer = await _app.As("ktk-officer");
        var pending = await TermPlatform.JsonAsync(await tenant.PostAsync($"/api/term/{lease.Id}/installments/1/payments", null)); // ordered, not paid yet
        await _app.PayAsync(tenant, $"/api/term/{lease.Id}/buyout/payments");
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/term/{lease.Id}/closing", null)).StatusCode);

        await PayAtSandboxAsync(tenant, pending.GetProperty("paymentId").GetGuid());
        var s = await StatementAsync(tenant, lease.Id);
        Assert.Equal("BoughtOut", s.GetProperty("periods")[0].GetProperty("state").GetString()); // the late payment pays nothing
        Assert.Equal(pending.GetProperty("amountTiyn").GetInt64(), s.GetProperty("refundDueTiyn").GetInt64());
        var a = Assert.Single((await TermPlatform.JsonAsync(await officer.GetAsync($"/api/term/{lease.Id}/adjustments"))).EnumerateArray());
        Assert.Equal("Refund", a.GetProperty("kind").GetString());
        Assert.Equal(TermAdjustmentReasons.LeaseClosed, a.GetProperty("reason").GetString());
        Assert.Contains($"data-refund=\"{a.GetProperty("id").GetGuid()}\"", await officer.GetStringAsync("/Officer/Leases?lang=en"));
    }

    [Fact]
    public void Every_term_text_and_reason_exists_in_kazakh_russian_and_english()
    {
        var texts = RentToOwn.Platform.Localization.UiText.Shared;
        foreach (var reason in typeof(TermAdjustmentReasons).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            foreach (var language in new[] { "kk", "ru", "en" }) Assert.NotEqual("term.reason." + reason, texts.Get(language, "term.reason." + reason));
        }
    }
}
