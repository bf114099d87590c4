using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Records;

namespace RentToOwn.LedgerAdapter;

/// <summary>
/// A ledger that writes each append to the embedded log (receipt, checkpoint, proofs) and then publishes it on
/// another ledger (a chain transaction per record); reads come from the embedded log.
/// </summary>
/// <param name="inner">The embedded log.</param>
public abstract class RecordingLedger(ISigningLedger inner) : ISigningLedger
{
    /// <inheritdoc />
    public async Task<LedgerReceipt> AppendAsync(SigningRecord record, CancellationToken cancellationToken = default)
    {
        var receipt = await inner.AppendAsync(record, cancellationToken);
        return await PublishAsync(receipt, cancellationToken);
    }

    /// <summary>Publishes an embedded receipt and returns it (with the transaction, where the backend names one).</summary>
    public abstract Task<LedgerReceipt> PublishAsync(LedgerReceipt receipt, CancellationToken ct = default);

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
