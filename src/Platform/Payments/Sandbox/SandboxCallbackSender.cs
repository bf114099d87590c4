using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Payments.Callbacks;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Payments.Sandbox;

/// <summary>
/// The sandbox acquirer's callback delivery: once an order is paid or declined and its delay has passed, POSTs
/// the signed callback to the platform's <c>/api/payments/callback</c> over HTTP, retrying (with backoff) until the
/// platform answers 2xx; a 4xx answer stops the retries (the platform refused it for good). Durable: the due
/// time lives in the acquirer's table, so a restart resumes delivery.
/// </summary>
public sealed class SandboxCallbackSender(
    IServiceScopeFactory scopes, IHttpClientFactory http, IServer server, SandboxAcquirerKey key, TimeProvider time,
    IOptions<PaymentsOptions> options, ILogger<SandboxCallbackSender> log) : BackgroundService
{
    /// <summary>The named HttpClient the acquirer posts with.</summary>
    public const string HttpClientName = "sandbox-acquirer";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);

    /// <summary>Something became due: look now.</summary>
    public void Wake() => _wake.Release();

    /// <summary>Sends every due callback once; returns when the next one is due (null: none).</summary>
    public async Task<DateTimeOffset?> SendDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = time.GetUtcNow();
        var due = (await db.Set<SandboxOrder>().Where(o => o.CallbackDueAt != null).ToListAsync(ct))
            .Where(o => o.CallbackDueAt <= now).OrderBy(o => o.CallbackDueAt).ToList();
        foreach (var order in due)
        {
            await DeliverAsync(order, ct);
            await db.SaveChangesAsync(ct);
        }

        var pending = await db.Set<SandboxOrder>().Where(o => o.CallbackDueAt != null).Select(o => o.CallbackDueAt).ToListAsync(ct);
        return pending.Count == 0 ? null : pending.Min();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset? next;
            try
            {
                next = await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Sandbox acquirer: callback round failed");
                next = time.GetUtcNow().AddSeconds(5);
            }

            var wait = next is null ? TimeSpan.FromMinutes(1) : next.Value - time.GetUtcNow();
            if (wait <= TimeSpan.Zero) continue;
            try
            {
                using var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var woken = _wake.WaitAsync(cts.Token);
                await Task.WhenAny(woken, Task.Delay(wait, time, cts.Token));
                await cts.CancelAsync();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task DeliverAsync(SandboxOrder order, CancellationToken ct)
    {
        var paid = order.Status == SandboxOrderStatus.Paid;
        var at = order.DecidedAt ?? time.GetUtcNow();
        var body = JsonSerializer.SerializeToUtf8Bytes(new PaymentCallback(order.PaymentId, order.Reference,
            paid ? PaymentCallback.Paid : PaymentCallback.Declined, order.AmountTiyn, "KZT", at,
            paid ? Convert.ToBase64String(SandboxReceipt.Create(order, at, key)) : null,
            paid ? null : "Declined by the payer at the sandbox checkout"), Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, CallbackUrl()) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(PaymentCallback.SignatureHeader, Convert.ToBase64String(key.Sign(body)));
        request.Headers.Add(PaymentCallback.KeyIdHeader, key.KeyId);
        order.CallbackAttempts++;
        try
        {
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, ct);
            if (response.IsSuccessStatusCode)
            {
                order.CallbackDeliveredAt = time.GetUtcNow();
                order.CallbackDueAt = null;
                order.LastError = null;
                return;
            }

            var text = await response.Content.ReadAsStringAsync(ct);
            order.LastError = Truncate($"{(int)response.StatusCode}: {text}");
            if ((int)response.StatusCode is >= 400 and < 500)
            {
                order.CallbackDueAt = null; // refused for good: a real acquirer flags it for its operators
                log.LogWarning("Sandbox acquirer: the platform refused callback {Reference}: {Error}", order.Reference, order.LastError);
                return;
            }
        }
        catch (HttpRequestException e)
        {
            order.LastError = Truncate(e.Message);
        }

        var backoff = options.Value.Sandbox.RetryDelay * Math.Pow(2, Math.Min(order.CallbackAttempts - 1, 5));
        order.CallbackDueAt = time.GetUtcNow() + (backoff > TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : backoff);
    }

    private static string Truncate(string s) => s.Length > 500 ? s[..500] : s;

    private Uri CallbackUrl()
    {
        var configured = options.Value.CallbackBaseUrl;
        var baseUrl = !string.IsNullOrWhiteSpace(configured) ? configured : OwnAddress();
        return new Uri(new Uri(baseUrl.TrimEnd('/') + "/"), "api/payments/callback");
    }

    private string OwnAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses.FirstOrDefault();
        if (chosen is null) return "http://localhost";
        // A wildcard bind is reached on loopback.
        return chosen.Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal);
    }
}
