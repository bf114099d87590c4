using Nethereum.ABI.FunctionEncoding;
using Nethereum.JsonRpc.Client;
using Newtonsoft.Json.Linq;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>Reads what a node's JSON-RPC error says: whether it is a revert, and its reason.</summary>
internal static class EvmErrors
{
    /// <summary>Whether the node reports an execution revert (ganache with <c>vmErrorsOnRPCResponse</c>, or an estimate).</summary>
    public static bool IsRevert(RpcResponseException e) => IsRevert(e.RpcError);

    /// <inheritdoc cref="IsRevert(RpcResponseException)"/>
    public static bool IsRevert(RpcError error) =>
        error.Message.Contains("revert", StringComparison.OrdinalIgnoreCase) || RevertData(error) is not null;

    /// <summary>The decoded reason (<c>Error(string)</c>), else the text after "revert" in the node's message.</summary>
    public static string Reason(RpcResponseException e) => Reason(e.RpcError);

    /// <inheritdoc cref="Reason(RpcResponseException)"/>
    public static string Reason(RpcError error)
    {
        if (error.Data is JObject o && o["reason"]?.Type == JTokenType.String)
        {
            return o["reason"]!.Value<string>()!;
        }

        if (RevertData(error) is { } data && new FunctionCallDecoder().DecodeFunctionErrorMessage(data) is { Length: > 0 } decoded)
        {
            return decoded;
        }

        var message = error.Message;
        var at = message.IndexOf("revert", StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? message[(at + 6)..].Trim() : message;
    }

    /// <summary>Whether the exception means the node could not be reached or did not answer in time.</summary>
    public static bool IsUnreachable(Exception e) =>
        e is RpcClientUnknownException or RpcClientTimeoutException or HttpRequestException or TaskCanceledException;

    private static string? RevertData(RpcError error)
    {
        var data = error.Data switch
        {
            JValue { Type: JTokenType.String } v => v.Value<string>(),
            JObject o when o["result"] is JValue { Type: JTokenType.String } r => r.Value<string>(),
            JObject o when o["data"] is JValue { Type: JTokenType.String } d => d.Value<string>(),
            _ => null,
        };
        return data is { Length: >= 10 } && data.StartsWith("0x08c379a0", StringComparison.OrdinalIgnoreCase) ? data : null;
    }
}
