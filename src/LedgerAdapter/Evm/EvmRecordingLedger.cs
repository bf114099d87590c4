using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Records;

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
public sealed class EvmRecordingLedger(ISigningLedger inner, EvmRecordPublisher publisher) : ISigningLedger
{
    /// <inheritdoc />
    public async Task<LedgerReceipt> AppendAsync(SigningRecord record, CancellationToken cancellationToken = default)
    {
        var receipt = await inner.AppendAsync(record, cancellationToken);
        await publisher.PublishAsync(receipt, cancellationToken);
        return receipt;
    }

    /// <inheritdoc />
    public Task<LedgerEntry?> GetAsync(long index, CancellationToken cancellationToken = default) => inner.GetAsync(index, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<LedgerEntry>> GetBySubjectAsync(string subjectId, CancellationToken cancellationToken = default) =>
        inner.GetBySubjectAsync(subjectId, cancellationToken);

    /// <inheritdoc />
    public Task<SignedCheckpoint> GetLatestCheckpointAsync(CancellationToken cancellationToken = default) => inner.GetLatestCheckpointAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<byte[]>> GetInclusionProofAsync(long index, long treeSize, CancellationToken cancellationToken = default) =>
        inner.GetInclusionProofAsync(index, treeSize, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<byte[]>> GetConsistencyProofAsync(long size1, long size2, CancellationToken cancellationToken = default) =>
        inner.GetConsistencyProofAsync(size1, size2, cancellationToken);
}
