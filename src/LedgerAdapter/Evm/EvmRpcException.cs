namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>A JSON-RPC error from the node.</summary>
/// <param name="method">The method called.</param>
/// <param name="code">JSON-RPC error code.</param>
/// <param name="message">The node's message.</param>
/// <param name="data">Error data (for reverts: the ABI-encoded revert data), if any.</param>
public class EvmRpcException(string method, long code, string message, byte[]? data) : Exception($"{method}: {message} (code {code})")
{
    /// <summary>The node's own message.</summary>
    public string NodeMessage { get; } = message;

    /// <summary>JSON-RPC error code.</summary>
    public long Code { get; } = code;

    /// <summary>Revert data when the node returned it.</summary>
    public byte[]? RevertData { get; } = data;
}
