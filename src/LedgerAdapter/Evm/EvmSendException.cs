namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>The node refused a transaction (e.g. insufficient funds); nothing was recorded and its nonce was handed back.</summary>
/// <param name="operation">What was attempted.</param>
/// <param name="nodeMessage">The node's message.</param>
/// <param name="inner">The JSON-RPC error.</param>
public sealed class EvmSendException(string operation, string nodeMessage, Exception inner) : Exception($"{operation}: the node refused the transaction: {nodeMessage}", inner)
{
    /// <summary>The node's own message.</summary>
    public string NodeMessage { get; } = nodeMessage;
}
