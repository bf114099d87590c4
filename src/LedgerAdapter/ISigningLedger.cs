using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Records;

namespace RentToOwn.LedgerAdapter;

/// <summary>
/// The ledger port (A.18, A.39): every signature and every registrar or cadastre decision becomes an
/// immutable, PII-free signing record that anyone can verify without trusting the platform.
/// </summary>
public interface ISigningLedger
{
    /// <summary>
    /// Appends a record durably and returns its receipt (leaf index, a signed checkpoint covering it,
    /// the inclusion proof). The log fills in <see cref="SigningRecord.PreviousRecordHash"/>; if the caller
    /// sets it, it must equal the subject's latest record hash or <see cref="LedgerConflictException"/> is thrown.
    /// </summary>
    Task<LedgerReceipt> AppendAsync(SigningRecord record, CancellationToken cancellationToken = default);

    /// <summary>The record at <paramref name="index"/>, or null past the end.</summary>
    Task<LedgerEntry?> GetAsync(long index, CancellationToken cancellationToken = default);

    /// <summary>Every record of a subject, oldest first.</summary>
    Task<IReadOnlyList<LedgerEntry>> GetBySubjectAsync(string subjectId, CancellationToken cancellationToken = default);

    /// <summary>The latest signed checkpoint.</summary>
    Task<SignedCheckpoint> GetLatestCheckpointAsync(CancellationToken cancellationToken = default);

    /// <summary>The inclusion proof of leaf <paramref name="index"/> in the tree of <paramref name="treeSize"/> leaves.</summary>
    Task<IReadOnlyList<byte[]>> GetInclusionProofAsync(long index, long treeSize, CancellationToken cancellationToken = default);

    /// <summary>The consistency proof between two tree sizes.</summary>
    Task<IReadOnlyList<byte[]>> GetConsistencyProofAsync(long size1, long size2, CancellationToken cancellationToken = default);
}
