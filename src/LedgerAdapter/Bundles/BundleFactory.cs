using RentToOwn.LedgerAdapter.Checkpoints;

namespace RentToOwn.LedgerAdapter.Bundles;

/// <summary>Builds offline bundles from a ledger (and optionally its latest EVM anchor).</summary>
/// <param name="ledger">The ledger.</param>
public sealed class BundleFactory(ISigningLedger ledger)
{
    /// <summary>
    /// Builds the bundle of leaf <paramref name="index"/> against the latest checkpoint. A Fabric anchor (contract
    /// <c>fabric:…</c>) also fills <see cref="LedgerBundle.Fabric"/>; per-record Fabric callers pass the record's transaction.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When there is no such leaf.</exception>
    public Task<LedgerBundle> CreateAsync(long index, LedgerAnchor? anchor = null, CancellationToken cancellationToken = default) =>
        CreateAsync(index, anchor, null, cancellationToken);

    /// <summary>As <see cref="CreateAsync(long, LedgerAnchor?, CancellationToken)"/>, carrying the record's Fabric transaction.</summary>
    public async Task<LedgerBundle> CreateAsync(long index, LedgerAnchor? anchor, BundleFabricTransaction? fabric, CancellationToken cancellationToken = default)
    {
        var checkpoint = await ledger.GetLatestCheckpointAsync(cancellationToken);
        if (index < 0 || index >= checkpoint.Checkpoint.Size)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"leaf {index} does not exist (log size {checkpoint.Checkpoint.Size})");
        }

        var entry = await ledger.GetAsync(index, cancellationToken)
            ?? throw new ArgumentOutOfRangeException(nameof(index), $"leaf {index} does not exist");
        var proof = await ledger.GetInclusionProofAsync(index, checkpoint.Checkpoint.Size, cancellationToken);
        BundleAnchor? bundleAnchor = null;
        if (anchor is not null && anchor.TreeSize > index && anchor.TreeSize <= checkpoint.Checkpoint.Size)
        {
            var consistency = await ledger.GetConsistencyProofAsync(anchor.TreeSize, checkpoint.Checkpoint.Size, cancellationToken);
            bundleAnchor = new BundleAnchor(anchor.ChainId, anchor.Contract, anchor.TransactionHash, anchor.BlockNumber, anchor.TreeSize,
                Convert.ToHexStringLower(anchor.RootHash), consistency.Select(Convert.ToHexStringLower).ToList());
            if (fabric is null && anchor.Contract.StartsWith("fabric:", StringComparison.Ordinal) && anchor.Contract.IndexOf('/', StringComparison.Ordinal) is var slash and > 7)
            {
                // Anchors are stored once committed VALID (FabricCheckpointAnchorer).
                fabric = new BundleFabricTransaction(anchor.Contract[7..slash], anchor.Contract[(slash + 1)..], "anchor", anchor.TransactionHash, anchor.BlockNumber, "VALID");
            }
        }

        return new LedgerBundle(LedgerBundle.CurrentFormat, BundleJson.ToBundle(entry.Record), index, checkpoint.Note,
            proof.Select(Convert.ToHexStringLower).ToList(), bundleAnchor, fabric);
    }
}
