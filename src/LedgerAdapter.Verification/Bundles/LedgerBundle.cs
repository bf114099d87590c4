using System.Text.Json.Serialization;

namespace RentToOwn.LedgerAdapter.Bundles;

/// <summary>
/// An offline verification bundle (JSON): one record, its leaf index, a signed (and cosigned)
/// checkpoint, the inclusion proof and, where present, the EVM or Fabric anchor and the Fabric transaction
/// (optional, left out when absent, so bundles written before it still read). A third party verifies it
/// with only the log's and witnesses' public keys (<see cref="BundleVerifier"/>).
/// </summary>
public sealed record LedgerBundle(
    string Format,
    BundleRecord Record,
    long LeafIndex,
    string Checkpoint,
    IReadOnlyList<string> InclusionProof,
    BundleAnchor? Anchor,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] BundleFabricTransaction? Fabric = null)
{
    /// <summary>The only format this version writes and reads.</summary>
    public const string CurrentFormat = "rto-ledger-bundle/v1";
}
