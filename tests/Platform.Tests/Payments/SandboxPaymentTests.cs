using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Payments.Callbacks;
using RentToOwn.Platform.Payments.Dispatch;
using RentToOwn.Platform.Payments.Sandbox;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Payments;

/// <summary>A.22: the sandbox acquirer confirms asynchronously by a signed callback; the platform verifies, records and dispatches once.</summary>
public sealed class SandboxPaymentTests : IAsyncLifetime
{
    private readonly PaymentsPlatform _app = new();

    public Task InitializeAsync() => VideoSessionSetup.WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    private string Iin(string role) => DemoKeys.Party(_app.PkiDirectory, role).Iin;

    private async Task<Guid> AccountAsync(string role) => await _app.WithDbAsync(db => db.Users.Where(u => u.Iin == Iin(role)).Select(u => u.Id).SingleAsync());

    private async Task<PaymentIntent> OrderAsync(long amount = 1_234_500, PaymentPurpose purpose = PaymentPurpose.Installment, string subject = "period-1")
    {
        using var scope = _app.Services.CreateScope();
        var provider = scope.ServiceProvider.GetRequiredService<IPaymentProvider>();
        return await provider.CreateAsync(new PaymentOrder(Guid.NewGuid(), purpose, subject, amount, await AccountAsync("tenant"), "Monthly payment 1"), default);
    }

    private async Task<PaymentRecord> SettledAsync(Guid id)
    {
        PaymentRecord? p = null;
        if (await TestWaits.UntilAsync(async () =>
            {
                p = await _app.WithDbAsync(db => db.Set<PaymentRecord>().AsNoTracking().SingleAsync(x => x.Id == id));
                return p.Status != PaymentStatus.Pending && (p.Status != PaymentStatus.Confirmed || p.HandlersDoneAt is not null);
            }))
        {
            return p!;
        }

        throw new TimeoutException($"the sandbox callback did not arrive (status {p?.Status})");
    }

    private HttpClient Anonymous() => _app.CreateClient();

    private static async Task<HttpResponseMessage> PostCallbackAsync(HttpClient client, byte[] body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/callback") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (signature is not null) request.Headers.Add(PaymentCallback.SignatureHeader, signature);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Paying_at_the_checkout_confirms_by_signed_callback_and_runs_each_handler_once()
    {
        var intent = await OrderAsync();
        Assert.Equal($"/Payments/Checkout/{intent.PaymentId}", intent.CheckoutUrl.ToString());
        using var tenant = await _app.SignedInClientAsync(Iin("tenant"));
        var checkout = await tenant.GetStringAsync(intent.CheckoutUrl.ToString());
        Assert.Contains("id=\"checkout-pay\"", checkout);
        Assert.Contains("12,345.00", checkout);

        // The payer pays (headless: the checkout's API); the platform learns it only from the callback.
        Assert.Equal(HttpStatusCode.Accepted, (await tenant.PostAsync($"/api/payments/{intent.PaymentId}/sandbox/pay", null)).StatusCode);
        var paid = await SettledAsync(intent.PaymentId);
        Assert.Equal(PaymentStatus.Confirmed, paid.Status);
        Assert.NotNull(paid.ReceiptId);
        Assert.Single(_app.Recorder.Calls);
        Assert.Equal(intent.PaymentId, _app.Recorder.Calls[0].PaymentId);
        Assert.Equal(1_234_500, _app.Recorder.Calls[0].Order.AmountTiyn);

        // The payment document is a receipt signed by the acquirer's key, stored and downloadable by the payer.
        var doc = JsonDocument.Parse(await tenant.GetByteArrayAsync($"/api/payments/{intent.PaymentId}/document")).RootElement;
        var payload = Convert.FromBase64String(doc.GetProperty("payload").GetString()!);
        Assert.Contains(intent.ProviderReference, Encoding.UTF8.GetString(payload));
        using (var scope = _app.Services.CreateScope())
        {
            using var pub = ECDsa.Create();
            pub.ImportFromPem(scope.ServiceProvider.GetRequiredService<SandboxAcquirerKey>().PublicKeyPem);
            Assert.True(pub.VerifyData(payload, Convert.FromBase64String(doc.GetProperty("signature").GetString()!), HashAlgorithmName.SHA256));
        }

        // The confirmation is on the ledger (receipt stored, no IIN).
        var receipt = await _app.WithDbAsync(db => db.LedgerReceipts.SingleAsync(r => r.Kind == "PaymentConfirmed"));
        Assert.Equal(paid.ReceiptId, receipt.Id);
        // The API keeps its field: the confirmation's leaf, read through the link.
        var view = await tenant.GetFromJsonAsync<JsonElement>($"/api/payments/{intent.PaymentId}");
        Assert.Equal(receipt.LeafIndex, view.GetProperty("ledgerIndex").GetInt64());
        Assert.DoesNotContain(Iin("tenant"), receipt.ReceiptJson);
        // A.22: the record's own kind is PaymentConfirmed (not a signature), over the receipt and the acquirer's signature.
        var onLedger = await LedgerRecordAsync(receipt.LeafIndex);
        Assert.Equal(RecordKind.PaymentConfirmed, onLedger.Kind);
        Assert.Equal("payment-provider", onLedger.Role);
        Assert.Equal(Sha256Digest.Of(paid.PaymentDocument!), onLedger.DocumentSha256);
        Assert.Equal(Sha256Digest.Of(paid.CallbackSignature!), onLedger.SignatureSha256);
        Assert.Null(onLedger.Signer);

        // A duplicate callback (the acquirer's exact bytes again) is acknowledged without any effect.
        var dup = await PostCallbackAsync(Anonymous(), paid.CallbackBody!, Convert.ToBase64String(paid.CallbackSignature!));
        Assert.Equal(HttpStatusCode.OK, dup.StatusCode);
        Assert.Contains("Already processed", await dup.Content.ReadAsStringAsync());
        Assert.Single(_app.Recorder.Calls);
        Assert.Equal(1, _app.Flaky.Successes);
        Assert.Equal(1, await _app.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.Kind == "PaymentConfirmed")));
        // Paying again at the checkout changes nothing either.
        Assert.Equal(HttpStatusCode.Accepted, (await tenant.PostAsync($"/api/payments/{intent.PaymentId}/sandbox/pay", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await tenant.PostAsync($"/api/payments/{intent.PaymentId}/sandbox/decline", null)).StatusCode);
    }

    [Fact]
    public async Task A_payer_waiting_on_the_payment_is_answered_once_the_callback_settled_it()
    {
        var intent = await OrderAsync();
        using var tenant = await _app.SignedInClientAsync(Iin("tenant"));
        Assert.Equal(HttpStatusCode.BadRequest, (await tenant.GetAsync($"/api/payments/{intent.PaymentId}?wait=31")).StatusCode);
        var now = JsonDocument.Parse(await tenant.GetStringAsync($"/api/payments/{intent.PaymentId}?wait=0")).RootElement;
        Assert.Equal("Pending", now.GetProperty("status").GetString());

        // Issue 17: the answer waits while the payment is unsettled. The fake clock never moves, so only the callback's
        // saved confirmation and the handlers' completion can answer it.
        var waiting = tenant.GetStringAsync($"/api/payments/{intent.PaymentId}?wait=30");
        Assert.Equal(HttpStatusCode.Accepted, (await tenant.PostAsync($"/api/payments/{intent.PaymentId}/sandbox/pay", null)).StatusCode);
        var settled = JsonDocument.Parse(await waiting.WaitAsync(TimeSpan.FromSeconds(60))).RootElement;
        Assert.Equal("Confirmed", settled.GetProperty("status").GetString());
        Assert.True(settled.GetProperty("handlersDone").GetBoolean());
        Assert.Single(_app.Recorder.Calls);
    }

    [Fact]
    public async Task Forged_altered_unsigned_or_mismatched_callbacks_are_refused_and_change_nothing()
    {
        var intent = await OrderAsync();
        var body = JsonSerializer.SerializeToUtf8Bytes(new PaymentCallback(intent.PaymentId, intent.ProviderReference, PaymentCallback.Paid, 1_234_500, "KZT",
            _app.Time.GetUtcNow(), Convert.ToBase64String("receipt"u8.ToArray()), null), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        using var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var client = Anonymous();

        // Signed by another key, unsigned, garbage signature, a valid signature over other bytes.
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostCallbackAsync(client, body, Convert.ToBase64String(forger.SignData(body, HashAlgorithmName.SHA256)))).StatusCode);
        var unsigned = await PostCallbackAsync(client, body, null);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Contains("not signed", await unsigned.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostCallbackAsync(client, body, "%%%")).StatusCode);
        SandboxAcquirerKey key;
        using (var scope = _app.Services.CreateScope()) key = scope.ServiceProvider.GetRequiredService<SandboxAcquirerKey>();
        var altered = (byte[])body.Clone();
        altered[^3] ^= 1;
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostCallbackAsync(client, altered, Convert.ToBase64String(key.Sign(body)))).StatusCode);

        // Correctly signed but wrong: another amount, another reference, an unknown payment, malformed JSON.
        byte[] With(PaymentCallback c) => JsonSerializer.SerializeToUtf8Bytes(c, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var good = JsonSerializer.Deserialize<PaymentCallback>(body, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        async Task<HttpResponseMessage> Signed(byte[] b) => await PostCallbackAsync(client, b, Convert.ToBase64String(key.Sign(b)));
        var cheaper = await Signed(With(good with { AmountTiyn = 100 }));
        Assert.Equal(HttpStatusCode.Conflict, cheaper.StatusCode);
        Assert.Contains("Amount mismatch", await cheaper.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await Signed(With(good with { ProviderReference = "SBX-OTHER" }))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Signed(With(good with { PaymentId = Guid.NewGuid() }))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Signed("{not json"u8.ToArray())).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Signed(With(good with { Receipt = null }))).StatusCode);

        var p = await _app.WithDbAsync(db => db.Set<PaymentRecord>().SingleAsync(x => x.Id == intent.PaymentId));
        Assert.Equal(PaymentStatus.Pending, p.Status);
        Assert.Empty(_app.Recorder.Calls);
        Assert.Equal(0, await _app.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.Kind == "PaymentConfirmed")));
    }

    [Fact]
    public async Task A_declined_payment_fails_without_handlers_and_a_later_paid_callback_is_refused()
    {
        var intent = await OrderAsync();
        using var tenant = await _app.SignedInClientAsync(Iin("tenant"));
        var page = "/Payments/Checkout/" + intent.PaymentId;
        var token = await FormPost.TokenAsync(tenant, page);
        var r = await tenant.PostAsync(page + "?handler=Decline", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var p = await SettledAsync(intent.PaymentId);
        Assert.Equal(PaymentStatus.Failed, p.Status);
        Assert.Contains("Declined", p.FailureReason);
        Assert.Empty(_app.Recorder.Calls);
        Assert.Contains("data-status=\"Failed\"", await tenant.GetStringAsync(page));

        SandboxAcquirerKey key;
        using (var scope = _app.Services.CreateScope()) key = scope.ServiceProvider.GetRequiredService<SandboxAcquirerKey>();
        var paid = JsonSerializer.SerializeToUtf8Bytes(new PaymentCallback(intent.PaymentId, intent.ProviderReference, PaymentCallback.Paid, 1_234_500, "KZT",
            _app.Time.GetUtcNow(), Convert.ToBase64String("r"u8.ToArray()), null), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.Equal(HttpStatusCode.Conflict, (await PostCallbackAsync(Anonymous(), paid, Convert.ToBase64String(key.Sign(paid)))).StatusCode);
    }

    [Fact]
    public async Task A_throwing_handler_is_retried_until_it_succeeds_and_the_others_are_not_called_again()
    {
        _app.Flaky.FailuresLeft = 2;
        var intent = await OrderAsync();
        using var tenant = await _app.SignedInClientAsync(Iin("tenant"));
        await tenant.PostAsync($"/api/payments/{intent.PaymentId}/sandbox/pay", null);
        Assert.True(await TestWaits.UntilAsync(() => Task.FromResult(_app.Flaky.FailuresLeft <= 1)), "the first dispatch did not call the failing handler");
        var confirmations = _app.Services.GetRequiredService<PaymentConfirmations>();
        Assert.Equal(1, await confirmations.DispatchPendingAsync(default)); // second failure
        Assert.Null(await _app.WithDbAsync(db => db.Set<PaymentRecord>().Where(x => x.Id == intent.PaymentId).Select(x => x.HandlersDoneAt).SingleAsync()));
        Assert.Equal(0, await confirmations.DispatchPendingAsync(default));
        Assert.Equal(0, await confirmations.DispatchPendingAsync(default)); // nothing pending any more
        Assert.Equal(1, _app.Flaky.Successes);
        Assert.Single(_app.Recorder.Calls);
        Assert.NotNull(await _app.WithDbAsync(db => db.Set<PaymentRecord>().Where(x => x.Id == intent.PaymentId).Select(x => x.HandlersDoneAt).SingleAsync()));
    }

    [Fact]
    public async Task Another_user_can_neither_see_nor_pay_someone_elses_payment()
    {
        var intent = await OrderAsync();
        using var guarantor = await _app.SignedInClientAsync(Iin("guarantor"));
        Assert.Equal(HttpStatusCode.NotFound, (await guarantor.GetAsync($"/api/payments/{intent.PaymentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guarantor.PostAsync($"/api/payments/{intent.PaymentId}/sandbox/pay", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guarantor.GetAsync(intent.CheckoutUrl.ToString())).StatusCode);
        var anonymous = await _app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/api/payments/{intent.PaymentId}");
        Assert.Contains(anonymous.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Redirect });
        using var tenant = await _app.SignedInClientAsync(Iin("tenant"));
        var view = await tenant.GetFromJsonAsync<PaymentView>($"/api/payments/{intent.PaymentId}");
        Assert.Equal("Pending", view!.Status);

        // Bad orders are refused with the reason.
        using var scope = _app.Services.CreateScope();
        var provider = scope.ServiceProvider.GetRequiredService<IPaymentProvider>();
        var e = await Assert.ThrowsAsync<ArgumentException>(() => provider.CreateAsync(new PaymentOrder(Guid.NewGuid(), PaymentPurpose.Installment, "x", 0, Guid.NewGuid(), "d"), default));
        Assert.Contains("positive", e.Message);
        // Reordering the same open payment returns the same order.
        Assert.Equal(intent.PaymentId, (await OrderAsync()).PaymentId);
    }

    private async Task<SigningRecord> LedgerRecordAsync(long index)
    {
        var ledger = await _app.Services.GetRequiredService<PlatformLedger>().LedgerAsync(default);
        return (await ledger.GetAsync(index, default))?.Record ?? throw new InvalidOperationException($"no ledger record {index}");
    }
}
