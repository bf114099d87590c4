using RentToOwn.LedgerAdapter.Records;

namespace RentToOwn.LedgerAdapter.Embedded;

/// <summary>An append waiting for the next group commit.</summary>
internal sealed class PendingAppend(SigningRecord record, byte[] encodedWithoutPrevious)
{
    public SigningRecord Record { get; } = record;

    /// <summary>Canonical encoding with an absent previous hash (ends in 0x00); the writer patches it.</summary>
    public byte[] EncodedWithoutPrevious { get; } = encodedWithoutPrevious;

    /// <summary>The idempotency key (<see cref="RecordKey"/>).</summary>
    public byte[] Key { get; } = RecordKey.Of(record);

    public TaskCompletionSource<LedgerReceipt> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
