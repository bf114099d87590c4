namespace RentToOwn.LedgerAdapter.Checkpoints;

/// <summary>A checkpoint together with its signed-note text (log signature and any witness cosignatures).</summary>
/// <param name="Checkpoint">The parsed checkpoint.</param>
/// <param name="Note">The full signed note text.</param>
public sealed record SignedCheckpoint(Checkpoint Checkpoint, string Note);
