
namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>
/// The EVM backend behind the ledger port in per-record mode: each append is written to the embedded
/// log (which supplies the receipt, checkpoint and proofs) and then recorded by its own
/// <c>SigningRegistry.record</c> transaction; the append returns once the transaction is mined.
/// If the chain refuses (e.g. the account is not allow-listed) the <see cref="EvmRevertException"/>
/// reaches the caller with its reason; the record stays in the embedded log and can be republished.
/// </summary>
/// <param name="inner">The embedded log.</param>
/// <param name="publisher">The per-record publisher.</param>
public sealed class EvmRecordingLedger(ISigningLedger inner, EvmRecordPublisher publisher) : RecordingLedger(inner)
{
    /// <inheritdoc />
    public override async Task<LedgerReceipt> PublishAsync(LedgerReceipt receipt, CancellationToken ct = default)
    {
        await publisher.PublishAsync(receipt, ct);
        return receipt;
    }
}
