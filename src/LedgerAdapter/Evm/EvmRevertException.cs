namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>A contract call or transaction reverted; <see cref="Reason"/> is the decoded revert reason.</summary>
/// <param name="operation">What was attempted.</param>
/// <param name="reason">The decoded reason (e.g. "SigningRegistry: writer not allow-listed").</param>
public sealed class EvmRevertException(string operation, string reason) : Exception($"{operation} reverted: {reason}")
{
    /// <summary>The decoded revert reason.</summary>
    public string Reason { get; } = reason;
}
