namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>One event log from a receipt or eth_getLogs.</summary>
/// <param name="Address">Emitting contract (lower-case 0x hex).</param>
/// <param name="Topics">Topics (topic 0 = event signature hash).</param>
/// <param name="Data">Non-indexed data.</param>
/// <param name="BlockNumber">Block.</param>
/// <param name="TransactionHash">Transaction.</param>
public sealed record EvmLog(string Address, IReadOnlyList<byte[]> Topics, byte[] Data, long BlockNumber, string TransactionHash);
