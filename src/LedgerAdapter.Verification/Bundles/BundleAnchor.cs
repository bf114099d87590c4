namespace RentToOwn.LedgerAdapter.Bundles;

/// <summary>An EVM anchor in a bundle, with the consistency proof between the anchored tree and the bundle's checkpoint.</summary>
public sealed record BundleAnchor(
    long ChainId,
    string Contract,
    string TransactionHash,
    long BlockNumber,
    long TreeSize,
    string RootHash,
    IReadOnlyList<string> ConsistencyProof);
