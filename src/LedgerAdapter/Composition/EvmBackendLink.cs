using RentToOwn.LedgerAdapter.Evm;

namespace RentToOwn.LedgerAdapter.Composition;

/// <summary>A connected SigningRegistry on an EVM chain.</summary>
/// <param name="Contract">The contract.</param>
/// <param name="Sender">The transaction sender (anchoring mode).</param>
/// <param name="PerRecord">Each append recorded on chain (true), or checkpoints anchored by a job (false).</param>
public sealed record EvmBackendLink(SigningRegistryContract Contract, EvmTransactionSender Sender, bool PerRecord);
