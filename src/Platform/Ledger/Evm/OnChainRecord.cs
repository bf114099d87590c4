namespace RentToOwn.Platform.Ledger.Evm;

/// <summary>What the chain says about one ledger record in per-record mode (shown in the public verifier's anchor section).</summary>
/// <param name="Status">recorded (the registry holds the leaf hash under the record's subject), not_recorded, or not_checked (node unreachable).</param>
/// <param name="Message">Human-readable outcome.</param>
/// <param name="ChainId">Chain id.</param>
/// <param name="Contract">SigningRegistry address.</param>
/// <param name="TransactionHash">The record transaction, when found.</param>
/// <param name="BlockNumber">Its block.</param>
public sealed record OnChainRecord(string Status, string Message, long ChainId, string Contract, string? TransactionHash = null, long? BlockNumber = null);
