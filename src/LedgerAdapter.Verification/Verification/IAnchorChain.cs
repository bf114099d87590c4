using RentToOwn.LedgerAdapter.Checkpoints;

namespace RentToOwn.LedgerAdapter.Verification;

/// <summary>Reads what a chain says about an anchoring transaction (implemented over JSON-RPC in <c>Evm</c>).</summary>
public interface IAnchorChain
{
    /// <summary>
    /// Looks up <paramref name="transactionHash"/> and returns the anchor the chain recorded (chain id, emitting
    /// contract, block, tree size, root from the <c>Anchored</c> event), or null when the transaction has no such event.
    /// </summary>
    /// <exception cref="HttpRequestException">When the node is unreachable.</exception>
    Task<LedgerAnchor?> GetAnchorAsync(string transactionHash, CancellationToken cancellationToken = default);
}
