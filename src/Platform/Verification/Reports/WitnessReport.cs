namespace RentToOwn.Platform.Verification.Reports;

/// <summary>One witness of a checkpoint.</summary>
/// <param name="Name">Key name.</param>
/// <param name="KeyHash">4-byte key hash (hex).</param>
/// <param name="Trusted">Whether the key is one this deployment trusts.</param>
/// <param name="Verified">Whether its cosignature verified (only trusted keys are checked).</param>
/// <param name="CosignedAt">Cosignature time, when verified.</param>
public sealed record WitnessReport(string Name, string KeyHash, bool Trusted, bool Verified, DateTimeOffset? CosignedAt);
