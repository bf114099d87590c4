using RentToOwn.LedgerAdapter.Checkpoints;

namespace RentToOwn.LedgerAdapter.Verification;

/// <summary>
/// Verifies an EVM anchor against a verified checkpoint: offline, that the anchored tree and the
/// checkpoint's tree are one history (consistency proof) and that the anchored tree covers the leaf;
/// online, that the chain really holds that anchor.
/// A caller MUST still: decide which chain id and contract address it trusts (pass them as
/// <c>expectedChainId</c>/<c>expectedContract</c>, never take them from the bundle alone), and judge
/// finality (block depth) on chains that can reorganise.
/// </summary>
public static class AnchorVerifier
{
    /// <summary>Checks <paramref name="anchor"/>; throws <see cref="VerificationException"/> when it is wrong.</summary>
    public static async Task<AnchorStatus> VerifyAsync(
        LedgerAnchor anchor, IReadOnlyList<byte[]> consistencyProof, Checkpoint checkpoint, long leafIndex,
        IAnchorChain? chain, long? expectedChainId = null, string? expectedContract = null, CancellationToken cancellationToken = default)
    {
        if (anchor.TreeSize <= leafIndex)
        {
            throw new VerificationException($"anchor: anchored tree size {anchor.TreeSize} does not cover leaf {leafIndex}");
        }

        var consistent = anchor.TreeSize <= checkpoint.Size
            ? MerkleProofs.VerifyConsistency(anchor.TreeSize, checkpoint.Size, anchor.RootHash, checkpoint.RootHash, consistencyProof)
            : MerkleProofs.VerifyConsistency(checkpoint.Size, anchor.TreeSize, checkpoint.RootHash, anchor.RootHash, consistencyProof);
        if (!consistent)
        {
            throw new VerificationException("anchor: the anchored tree is not consistent with the checkpoint");
        }

        if (expectedChainId is { } id && id != anchor.ChainId)
        {
            throw new VerificationException($"anchor: chain id {anchor.ChainId} is not the trusted chain {id}");
        }

        if (expectedContract is not null && !string.Equals(expectedContract, anchor.Contract, StringComparison.OrdinalIgnoreCase))
        {
            throw new VerificationException($"anchor: contract {anchor.Contract} is not the trusted contract {expectedContract}");
        }

        if (chain is null)
        {
            return AnchorStatus.NotChecked;
        }

        LedgerAnchor? onChain;
        try
        {
            onChain = await chain.GetAnchorAsync(anchor.TransactionHash, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return AnchorStatus.NotChecked; // unreachable or timed out: "anchor not checked"
        }

        if (onChain is null)
        {
            throw new VerificationException($"anchor: transaction {anchor.TransactionHash} has no Anchored event on the chain");
        }

        if (onChain.ChainId != anchor.ChainId || !string.Equals(onChain.Contract, anchor.Contract, StringComparison.OrdinalIgnoreCase)
            || onChain.BlockNumber != anchor.BlockNumber || onChain.TreeSize != anchor.TreeSize
            || !onChain.RootHash.AsSpan().SequenceEqual(anchor.RootHash)
            || !string.Equals(onChain.TransactionHash, anchor.TransactionHash, StringComparison.OrdinalIgnoreCase))
        {
            throw new VerificationException(
                $"anchor: the chain says chain {onChain.ChainId}, contract {onChain.Contract}, block {onChain.BlockNumber}, size {onChain.TreeSize}, "
                + $"root {Convert.ToHexStringLower(onChain.RootHash)}; the bundle says chain {anchor.ChainId}, contract {anchor.Contract}, "
                + $"block {anchor.BlockNumber}, size {anchor.TreeSize}, root {Convert.ToHexStringLower(anchor.RootHash)}");
        }

        return AnchorStatus.Verified;
    }
}
