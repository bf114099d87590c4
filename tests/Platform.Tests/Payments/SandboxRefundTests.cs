using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Payments.Sandbox;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Payments;

/// <summary>The sandbox acquirer's refund behind <see cref="IPaymentProvider.RefundAsync"/>: only a paid order, at most its amount, once; a signed refund receipt.</summary>
public sealed class SandboxRefundTests : IAsyncLifetime
{
    private readonly PaymentsPlatform _app = new();

    public Task InitializeAsync() => VideoSessionSetup.WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Each call in its own scope (a fresh DbContext, as each request has).</summary>
    private async Task<PaymentRefund> RefundAsync(Guid paymentId, long amount)
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IPaymentProvider>().RefundAsync(paymentId, amount, "over-payment", default);
    }

    [Fact]
    public async Task Only_a_paid_payment_is_refunded_at_most_its_amount_once_with_a_signed_receipt()
    {
        var iin = DemoKeys.Party(_app.PkiDirectory, "tenant").Iin;
        var account = await _app.WithDbAsync(db => db.Users.Where(u => u.Iin == iin).Select(u => u.Id).SingleAsync());
        PaymentIntent intent;
        using (var scope = _app.Services.CreateScope())
        {
            intent = await scope.ServiceProvider.GetRequiredService<IPaymentProvider>()
                .CreateAsync(new PaymentOrder(Guid.NewGuid(), PaymentPurpose.Installment, "3", 500_000, account, "Monthly payment 3"), default);
        }

        var unpaid = await Assert.ThrowsAsync<InvalidOperationException>(() => RefundAsync(intent.PaymentId, 100));
        Assert.Contains("not paid", unpaid.Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => RefundAsync(Guid.NewGuid(), 100));

        using var tenant = await _app.SignedInClientAsync(iin);
        Assert.True((await tenant.PostAsync($"/api/payments/{intent.PaymentId}/sandbox/pay", null)).IsSuccessStatusCode);
        var tooMuch = await Assert.ThrowsAsync<InvalidOperationException>(() => RefundAsync(intent.PaymentId, 500_001));
        Assert.Contains("exceeds", tooMuch.Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => RefundAsync(intent.PaymentId, 0));

        var refund = await RefundAsync(intent.PaymentId, 200_000);
        Assert.StartsWith("SBX-R-", refund.RefundReference);
        Assert.Equal(200_000, refund.AmountTiyn);
        var doc = JsonDocument.Parse(refund.Receipt).RootElement;
        var payload = Convert.FromBase64String(doc.GetProperty("payload").GetString()!);
        Assert.Contains(refund.RefundReference, Encoding.UTF8.GetString(payload));
        Assert.Contains("\"amountTiyn\":200000", Encoding.UTF8.GetString(payload));
        using var pub = ECDsa.Create();
        using (var scope = _app.Services.CreateScope()) pub.ImportFromPem(scope.ServiceProvider.GetRequiredService<SandboxAcquirerKey>().PublicKeyPem);
        Assert.True(pub.VerifyData(payload, refund.ReceiptSignature, HashAlgorithmName.SHA256));

        var again = await Assert.ThrowsAsync<InvalidOperationException>(() => RefundAsync(intent.PaymentId, 100));
        Assert.Contains("already refunded", again.Message);
        var order = await _app.WithDbAsync(db => db.Set<SandboxOrder>().SingleAsync(o => o.PaymentId == intent.PaymentId));
        Assert.Equal(200_000, order.RefundedTiyn);
        Assert.Equal(refund.RefundReference, order.RefundReference);
    }
}
