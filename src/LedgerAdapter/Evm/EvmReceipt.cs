namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>A mined transaction's receipt.</summary>
/// <param name="TransactionHash">Hash.</param>
/// <param name="BlockNumber">Block.</param>
/// <param name="Succeeded">Status 1.</param>
/// <param name="ContractAddress">Created contract, for deployments.</param>
/// <param name="GasUsed">Gas used.</param>
/// <param name="Logs">Event logs.</param>
public sealed record EvmReceipt(string TransactionHash, long BlockNumber, bool Succeeded, string? ContractAddress, long GasUsed, IReadOnlyList<EvmLog> Logs);
