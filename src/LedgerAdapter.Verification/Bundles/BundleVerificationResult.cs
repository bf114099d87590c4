using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Bundles;

/// <summary>The outcome of verifying a bundle.</summary>
/// <param name="IsValid">True when everything required verified.</param>
/// <param name="Reason">Why it failed, or a one-line summary when it verified.</param>
/// <param name="Record">The verified record (null on failure).</param>
/// <param name="Checkpoint">The verified checkpoint (null on failure).</param>
/// <param name="Anchor">What became of the EVM anchor.</param>
public sealed record BundleVerificationResult(bool IsValid, string Reason, SigningRecord? Record, CheckpointVerification? Checkpoint, AnchorStatus Anchor)
{
    /// <summary>The bundle's Fabric transaction, if it carries one.</summary>
    public BundleFabricTransaction? Fabric { get; init; }

    /// <summary>A failed result.</summary>
    public static BundleVerificationResult Fail(string reason) => new(false, reason, null, null, AnchorStatus.None);
}
