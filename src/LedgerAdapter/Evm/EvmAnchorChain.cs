using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Verification;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>Reads anchors from a node for <see cref="AnchorVerifier"/>: the receipt's <c>Anchored</c> event, block and chain id.</summary>
public sealed class EvmAnchorChain : IAnchorChain
{
    private readonly IWeb3 node;

    /// <summary>Reads through <paramref name="node"/>.</summary>
    public EvmAnchorChain(IWeb3 node) => this.node = node;

    /// <summary>Reads from the node at <paramref name="http"/>'s BaseAddress (its Timeout bounds each request).</summary>
    public EvmAnchorChain(HttpClient http)
        : this(EvmNode.Connect(http))
    {
    }

    /// <inheritdoc />
    public async Task<LedgerAnchor?> GetAnchorAsync(string transactionHash, CancellationToken cancellationToken = default)
    {
        TransactionReceipt? receipt;
        long chainId;
        try
        {
            receipt = await node.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(transactionHash).WaitAsync(cancellationToken);
            if (receipt is null || receipt.Status?.Value != 1)
            {
                return null;
            }

            chainId = (long)(await node.Eth.ChainId.SendRequestAsync().WaitAsync(cancellationToken)).Value;
        }
        catch (RpcResponseException)
        {
            return null; // e.g. a malformed hash: the chain has no such anchor
        }
        catch (Exception e) when (e is RpcClientUnknownException or RpcClientTimeoutException)
        {
            throw new HttpRequestException($"EVM node unreachable: {e.Message}", e);
        }

        var anchored = SigningRegistryEvents.Anchored(receipt).FirstOrDefault();
        return anchored is null ? null
            : new LedgerAnchor(chainId, anchored.Contract, receipt.TransactionHash, (long)receipt.BlockNumber.Value, anchored.TreeSize, anchored.Root);
    }
}
