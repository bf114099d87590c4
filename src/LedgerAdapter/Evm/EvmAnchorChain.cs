using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>Reads anchors from a node for <see cref="AnchorVerifier"/>: the receipt's <c>Anchored</c> event, block and chain id.</summary>
/// <param name="rpc">Node client.</param>
public sealed class EvmAnchorChain(JsonRpcClient rpc) : IAnchorChain
{
    /// <inheritdoc />
    public async Task<LedgerAnchor?> GetAnchorAsync(string transactionHash, CancellationToken cancellationToken = default)
    {
        EvmReceipt? receipt;
        try
        {
            receipt = await rpc.GetTransactionReceiptAsync(transactionHash, cancellationToken);
        }
        catch (EvmRpcException)
        {
            return null; // e.g. a malformed hash: the chain has no such anchor
        }

        if (receipt is null || !receipt.Succeeded)
        {
            return null;
        }

        var anchored = receipt.Logs.Select(SigningRegistryEvents.DecodeAnchored).OfType<AnchoredEvent>().FirstOrDefault();
        if (anchored is null)
        {
            return null;
        }

        var chainId = await rpc.ChainIdAsync(cancellationToken);
        return new LedgerAnchor(chainId, anchored.Contract, receipt.TransactionHash, receipt.BlockNumber, anchored.TreeSize, anchored.Root);
    }
}
