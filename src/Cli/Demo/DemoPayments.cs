using System.Text.Json;

namespace RentToOwn.Cli.Demo;

/// <summary>
/// Pays through the payment sandbox as a payer would at its checkout (the sandbox acquirer is the local stand-in for a
/// bank's acquiring service): "Pay", then wait for the acquirer's signed asynchronous callback to confirm the payment
/// and for the platform's confirmation handlers to have run (the platform answers once the payment is settled:
/// <c>GET /api/payments/{id}?wait=…</c>).
/// </summary>
public static class DemoPayments
{
    /// <summary>Pays <paymentref name="paymentId"/> as <paramref name="payer"/>; returns the confirmed payment view.</summary>
    public static async Task<JsonElement> PayAsync(DemoUser payer, Guid paymentId, string what, TextWriter log, CancellationToken ct)
    {
        var r = await payer.Http.PostAsync($"api/payments/{paymentId}/sandbox/pay", null, ct);
        if (!r.IsSuccessStatusCode) throw new DemoException($"{payer.Role}: paying {what} in the sandbox → {(int)r.StatusCode} {await r.Content.ReadAsStringAsync(ct)}");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var view = await DemoUser.Json(await payer.Http.GetAsync($"api/payments/{paymentId}?wait=20", ct), $"{payer.Role}: payment {what}", ct);
            var status = view.GetProperty("status").GetString();
            if (status == "Confirmed" && view.GetProperty("handlersDone").GetBoolean())
            {
                log.WriteLine($"{payer.Role} paid {what}: {view.GetProperty("amountTiyn").GetInt64() / 100m:N2} KZT, confirmed by the acquirer's signed callback");
                return view;
            }

            if (status == "Failed") throw new DemoException($"{what}: the payment failed: {view.GetProperty("failureReason").GetString()}");
            if (DateTime.UtcNow > deadline) throw new DemoException($"{what}: no confirmation within 60 s (status {status})");
        }
    }
}
