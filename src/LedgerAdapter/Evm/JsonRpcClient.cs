using System.Globalization;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json.Nodes;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>Ethereum JSON-RPC 2.0 over HTTP (any node: Hyperledger Besu in production, ganache in tests).</summary>
/// <param name="http">The client; its BaseAddress is the node URL.</param>
public sealed class JsonRpcClient(HttpClient http)
{
    private long nextId;

    /// <summary>eth_chainId.</summary>
    public async Task<long> ChainIdAsync(CancellationToken ct = default) => (long)Hex.ToBigInteger((await CallAsync("eth_chainId", [], ct))!.GetValue<string>());

    /// <summary>eth_blockNumber.</summary>
    public async Task<long> BlockNumberAsync(CancellationToken ct = default) => (long)Hex.ToBigInteger((await CallAsync("eth_blockNumber", [], ct))!.GetValue<string>());

    /// <summary>eth_gasPrice.</summary>
    public async Task<BigInteger> GasPriceAsync(CancellationToken ct = default) => Hex.ToBigInteger((await CallAsync("eth_gasPrice", [], ct))!.GetValue<string>());

    /// <summary>eth_getTransactionCount at "pending" (the next nonce).</summary>
    public async Task<BigInteger> TransactionCountAsync(string address, CancellationToken ct = default) =>
        Hex.ToBigInteger((await CallAsync("eth_getTransactionCount", [address, "pending"], ct))!.GetValue<string>());

    /// <summary>eth_estimateGas; a revert surfaces as <see cref="EvmRpcException"/> carrying the revert data.</summary>
    public async Task<BigInteger> EstimateGasAsync(string from, string? to, byte[] data, CancellationToken ct = default) =>
        Hex.ToBigInteger((await CallAsync("eth_estimateGas", [CallObject(from, to, data)], ct))!.GetValue<string>());

    /// <summary>eth_call at "latest".</summary>
    public async Task<byte[]> CallAsync(string? from, string to, byte[] data, CancellationToken ct = default) =>
        Hex.Decode((await CallAsync("eth_call", [CallObject(from, to, data), "latest"], ct))!.GetValue<string>());

    /// <summary>eth_sendRawTransaction; returns the transaction hash.</summary>
    public async Task<string> SendRawTransactionAsync(byte[] raw, CancellationToken ct = default) =>
        (await CallAsync("eth_sendRawTransaction", [Hex.Encode(raw)], ct))!.GetValue<string>();

    /// <summary>eth_getTransactionReceipt; null while pending or unknown.</summary>
    public async Task<EvmReceipt?> GetTransactionReceiptAsync(string hash, CancellationToken ct = default)
    {
        var r = await CallAsync("eth_getTransactionReceipt", [hash], ct);
        if (r is null)
        {
            return null;
        }

        return new EvmReceipt(
            r["transactionHash"]!.GetValue<string>(),
            (long)Hex.ToBigInteger(r["blockNumber"]!.GetValue<string>()),
            r["status"]?.GetValue<string>() is "0x1" or "0x01",
            r["contractAddress"]?.GetValue<string>()?.ToLowerInvariant(),
            (long)Hex.ToBigInteger(r["gasUsed"]!.GetValue<string>()),
            r["logs"]!.AsArray().Select(l => ToLog(l!)).ToList());
    }

    /// <summary>eth_getLogs for one contract and topic 0 over a block range.</summary>
    public async Task<IReadOnlyList<EvmLog>> GetLogsAsync(string address, byte[] topic0, long fromBlock, long? toBlock = null, CancellationToken ct = default)
    {
        var filter = new JsonObject
        {
            ["address"] = address,
            ["topics"] = new JsonArray(Hex.Encode(topic0)),
            ["fromBlock"] = Hex.Quantity(fromBlock),
            ["toBlock"] = toBlock is { } t ? Hex.Quantity(t) : "latest",
        };
        return (await CallAsync("eth_getLogs", [filter], ct))!.AsArray().Select(l => ToLog(l!)).ToList();
    }

    /// <summary>Any JSON-RPC method; returns the result node.</summary>
    /// <exception cref="EvmRpcException">When the node answers with an error.</exception>
    public async Task<JsonNode?> CallAsync(string method, JsonNode?[] parameters, CancellationToken ct = default)
    {
        var request = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["id"] = Interlocked.Increment(ref nextId),
            ["method"] = method,
            ["params"] = new JsonArray(parameters),
        };
        using var response = await http.PostAsJsonAsync(string.Empty, request, ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(ct) ?? throw new HttpRequestException($"{method}: empty response");
        if (body["error"] is JsonObject error)
        {
            var data = error["data"] switch
            {
                JsonValue v when v.TryGetValue<string>(out var s) && s.StartsWith("0x", StringComparison.Ordinal) => Hex.Decode(s),
                JsonObject o when o["result"]?.GetValue<string>() is { } s2 && s2.StartsWith("0x", StringComparison.Ordinal) => Hex.Decode(s2),
                _ => null,
            };
            throw new EvmRpcException(method, error["code"]?.GetValue<long>() ?? 0, error["message"]?.GetValue<string>() ?? "error", data);
        }

        return body["result"];
    }

    private static JsonObject CallObject(string? from, string? to, byte[] data)
    {
        var o = new JsonObject { ["data"] = Hex.Encode(data) };
        if (from is not null)
        {
            o["from"] = from;
        }

        if (to is not null)
        {
            o["to"] = to;
        }

        return o;
    }

    private static EvmLog ToLog(JsonNode l) => new(
        l["address"]!.GetValue<string>().ToLowerInvariant(),
        l["topics"]!.AsArray().Select(t => Hex.Decode(t!.GetValue<string>())).ToList(),
        Hex.Decode(l["data"]!.GetValue<string>()),
        (long)Hex.ToBigInteger(l["blockNumber"]!.GetValue<string>()),
        l["transactionHash"]!.GetValue<string>());

    /// <summary>Culture-independent helper for tests and logs.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"JsonRpcClient({http.BaseAddress})");
}
