using Nethereum.RPC.Eth.DTOs;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>
/// Per-record mode: one <c>record(subject, entryHash, kind)</c> transaction for each ledger receipt, so
/// every record is also on the permissioned chain (A.18). The entry hash is the record's RFC 6962
/// leaf hash, so the chain entry and the embedded proof name the same bytes. Concurrent calls keep
/// as many transactions in flight (the sender hands out nonces locally).
/// </summary>
/// <param name="contract">The registry, sending as an allow-listed writer.</param>
public sealed class EvmRecordPublisher(SigningRegistryContract contract)
{
    /// <summary>Publishes one receipt's record and waits for the mined receipt.</summary>
    /// <exception cref="EvmRevertException">When the writer is not allow-listed or the entry is already recorded.</exception>
    public Task<TransactionReceipt> PublishAsync(LedgerReceipt receipt, CancellationToken ct = default) =>
        contract.RecordAsync(SigningRegistryContract.SubjectKey(receipt.Record.SubjectId), receipt.LeafHash, receipt.Record.Kind, ct);
}
