using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Records;

namespace RentToOwn.LedgerAdapter;

/// <summary>What an append returns synchronously: enough to verify the record offline.</summary>
/// <param name="Index">Leaf index.</param>
/// <param name="Record">The record as stored.</param>
/// <param name="LeafHash">RFC 6962 leaf hash of the record's canonical encoding.</param>
/// <param name="Checkpoint">A signed checkpoint whose tree covers the leaf.</param>
/// <param name="InclusionProof">Proof of the leaf in the checkpoint's tree.</param>
public sealed record LedgerReceipt(long Index, SigningRecord Record, byte[] LeafHash, SignedCheckpoint Checkpoint, IReadOnlyList<byte[]> InclusionProof)
{
    /// <summary>The committed transaction that also recorded this record, when the backend writes one per record (Fabric); else null.</summary>
    public ChainTransactionRef? Transaction { get; init; }
}

/// <summary>A record's transaction on a permissioned ledger.</summary>
/// <param name="Ledger">"fabric".</param>
/// <param name="Network">Channel.</param>
/// <param name="Contract">Chaincode.</param>
/// <param name="TransactionId">Transaction id.</param>
/// <param name="BlockNumber">Block number.</param>
public sealed record ChainTransactionRef(string Ledger, string Network, string Contract, string TransactionId, long BlockNumber);
