using RentToOwn.LedgerAdapter.Checkpoints;

namespace RentToOwn.LedgerAdapter.Verification;

/// <summary>A checkpoint whose log signature and witness threshold verified.</summary>
/// <param name="Checkpoint">The verified checkpoint.</param>
/// <param name="WitnessTimestamps">Verifier-key text → cosignature timestamp (Unix seconds) of each witness that cosigned.</param>
public sealed record CheckpointVerification(Checkpoint Checkpoint, IReadOnlyDictionary<string, ulong> WitnessTimestamps);
