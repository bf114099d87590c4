namespace RentToOwn.LedgerAdapter.Fabric;

/// <summary>A checkpoint of the embedded log published on Fabric.</summary>
/// <param name="TreeSize">Anchored tree size.</param>
/// <param name="RootHash">Anchored RFC 6962 root.</param>
/// <param name="Transaction">The anchoring transaction.</param>
public sealed record FabricAnchor(long TreeSize, byte[] RootHash, FabricRecordResult Transaction);

/// <summary>
/// Anchoring mode on Fabric: publishes the embedded log's latest checkpoint with one <c>anchor</c>
/// transaction when the tree grew, so one transaction covers every record below it. Call it from a
/// schedule (the platform's Quartz job) or after a batch.
/// </summary>
/// <param name="ledger">The embedded log.</param>
/// <param name="registry">The chaincode.</param>
/// <param name="store">Where anchors are kept for bundles (as <see cref="Checkpoints.LedgerAnchor"/>, chain id 0), or null.</param>
public sealed class FabricCheckpointAnchorer(ISigningLedger ledger, FabricSigningRegistry registry, Anchoring.IAnchorStore? store = null)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _anchoredSize;

    /// <summary>The last anchor this anchorer published.</summary>
    public FabricAnchor? Latest { get; private set; }

    /// <summary>Anchors the latest checkpoint if it grew since the last anchor; returns the new anchor or null.</summary>
    public async Task<FabricAnchor?> AnchorLatestAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var checkpoint = (await ledger.GetLatestCheckpointAsync(ct)).Checkpoint;
            if (store is not null && await store.LatestAsync(ct) is { } stored) _anchoredSize = Math.Max(_anchoredSize, stored.TreeSize);
            if (checkpoint.Size == 0 || checkpoint.Size <= _anchoredSize) return null;
            var tx = await registry.AnchorAsync(checkpoint.Size, checkpoint.RootHash, ct);
            _anchoredSize = checkpoint.Size;
            if (store is not null)
            {
                await store.SaveAsync(new Checkpoints.LedgerAnchor(0, FabricAnchorChain.ContractName(tx.Channel, tx.Chaincode), tx.TransactionId, tx.BlockNumber,
                    checkpoint.Size, checkpoint.RootHash), ct);
            }

            return Latest = new FabricAnchor(checkpoint.Size, checkpoint.RootHash, tx);
        }
        finally
        {
            _gate.Release();
        }
    }
}
