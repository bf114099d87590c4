using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Evm;

namespace RentToOwn.LedgerAdapter.Anchoring;

/// <summary>
/// Anchoring mode: publishes the embedded log's latest checkpoint (tree size + root) with one
/// <c>anchor</c> transaction, so one transaction covers every record below it.
/// </summary>
/// <param name="ledger">The embedded log.</param>
/// <param name="contract">The registry, sending as an allow-listed writer.</param>
/// <param name="sender">The sender (for the chain id).</param>
/// <param name="store">Where anchors are kept for bundles.</param>
public sealed class CheckpointAnchorer(ISigningLedger ledger, SigningRegistryContract contract, EvmTransactionSender sender, IAnchorStore store)
{
    /// <summary>Anchors the latest checkpoint if it grew since the last anchor; returns the new anchor or null.</summary>
    public async Task<LedgerAnchor?> AnchorLatestAsync(CancellationToken ct = default)
    {
        var checkpoint = (await ledger.GetLatestCheckpointAsync(ct)).Checkpoint;
        var last = await store.LatestAsync(ct);
        if (checkpoint.Size == 0 || (last is not null && last.TreeSize >= checkpoint.Size))
        {
            return null;
        }

        var receipt = await contract.AnchorAsync(checkpoint.Size, checkpoint.RootHash, ct);
        var anchor = new LedgerAnchor(await sender.ChainIdAsync(ct), contract.Address, receipt.TransactionHash, (long)receipt.BlockNumber.Value, checkpoint.Size, checkpoint.RootHash);
        await store.SaveAsync(anchor, ct);
        return anchor;
    }
}
