using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.LedgerAdapter.Records;

namespace RentToOwn.LedgerAdapter.Fabric;

/// <summary>
/// The Fabric backend behind the ledger port in per-record mode: each append goes to the embedded log
/// (receipt, checkpoint, proofs) and then to one SigningRegistry <c>record</c> transaction; the append returns
/// once it is committed VALID, with its transaction id and block in <see cref="LedgerReceipt.Transaction"/>.
/// The entry hash is the record's RFC 6962 leaf hash and the subject key SHA-256(subject id), as on the EVM.
/// A failure reaches the caller as a <see cref="FabricException"/>; the record stays in the embedded log and
/// <see cref="PublishAsync"/> can record it again (a duplicate answers with the earlier transaction).
/// </summary>
/// <param name="inner">The embedded log.</param>
/// <param name="registry">The chaincode, as an allow-listed writer MSP.</param>
public sealed class FabricRecordingLedger(ISigningLedger inner, FabricSigningRegistry registry) : RecordingLedger(inner)
{
    /// <summary>The registry.</summary>
    public FabricSigningRegistry Registry => registry;

    /// <summary>Records an embedded receipt on Fabric and returns it with the transaction.</summary>
    public override async Task<LedgerReceipt> PublishAsync(LedgerReceipt receipt, CancellationToken ct = default)
    {
        var tx = await registry.RecordAsync(SigningRegistryContract.SubjectKey(receipt.Record.SubjectId), receipt.LeafHash, (byte)receipt.Record.Kind, ct);
        return receipt with { Transaction = new ChainTransactionRef("fabric", tx.Channel, tx.Chaincode, tx.TransactionId, tx.BlockNumber) };
    }
}
