namespace RentToOwn.Platform.Verification.Reports;

/// <summary>A verified checkpoint: origin, size, root, the log signature and the witnesses against the threshold.</summary>
public sealed record CheckpointReport(
    string Origin, long Size, string RootHash, bool LogSignatureVerified, IReadOnlyList<WitnessReport> Witnesses, int VerifiedWitnesses, int Threshold);
