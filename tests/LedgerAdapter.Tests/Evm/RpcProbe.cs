using System.Text;
using System.Text.Json.Nodes;

namespace RentToOwn.LedgerAdapter.Tests.Evm;

/// <summary>
/// Sits between a sender and the real ganache: counts eth_sendRawTransaction calls in flight at once (single or in a
/// JSON-RPC batch), and refuses the ones <see cref="Refuse"/> picks with a JSON-RPC error without forwarding them (the
/// node never sees them).
/// </summary>
public sealed class RpcProbe() : DelegatingHandler(new HttpClientHandler())
{
    private readonly Lock gate = new();
    private int inFlight;
    private int sends;

    /// <summary>Given the 1-based number of an eth_sendRawTransaction, whether to refuse it.</summary>
    public Func<int, bool> Refuse { get; init; } = _ => false;

    public int MaxSendsInFlight { get; private set; }

    public int Refused { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var json = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
        var calls = json is JsonArray array ? array.Select(c => c!.AsObject()).ToList() : [json!.AsObject()];
        if (!calls.Any(c => c["method"]?.GetValue<string>() == "eth_sendRawTransaction"))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var refused = new List<JsonNode>();
        var forward = new List<JsonObject>();
        foreach (var call in calls)
        {
            if (call["method"]?.GetValue<string>() == "eth_sendRawTransaction" && Refuse(Interlocked.Increment(ref sends)))
            {
                lock (gate)
                {
                    Refused++;
                }

                refused.Add(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = call["id"]?.DeepClone(), ["error"] = new JsonObject { ["code"] = -32000, ["message"] = "injected refusal" } });
            }
            else
            {
                forward.Add(call);
            }
        }

        var now = Interlocked.Add(ref inFlight, forward.Count);
        lock (gate)
        {
            MaxSendsInFlight = Math.Max(MaxSendsInFlight, now);
        }

        try
        {
            var answers = new JsonArray();
            if (forward.Count > 0)
            {
                var body = json is JsonArray ? new JsonArray([.. forward.Select(f => f.DeepClone())]).ToJsonString() : forward[0].ToJsonString();
                using var inner = new HttpRequestMessage(request.Method, request.RequestUri) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                using var response = await base.SendAsync(inner, cancellationToken);
                var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
                foreach (var a in answer is JsonArray many ? many.Select(m => m!.DeepClone()) : [answer.DeepClone()])
                {
                    answers.Add(a);
                }
            }

            foreach (var r in refused)
            {
                answers.Add(r);
            }

            var text = json is JsonArray ? answers.ToJsonString() : answers[0]!.ToJsonString();
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(text, Encoding.UTF8, "application/json") };
        }
        finally
        {
            Interlocked.Add(ref inFlight, -forward.Count);
        }
    }
}
