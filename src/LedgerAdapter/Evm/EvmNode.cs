using Nethereum.JsonRpc.Client;
using Nethereum.Web3;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>Connects Nethereum to a JSON-RPC node (Hyperledger Besu in production, ganache in tests).</summary>
public static class EvmNode
{
    /// <summary>A JSON-RPC client over <paramref name="http"/> (its BaseAddress is the node URL; its Timeout bounds each request).</summary>
    public static IClient Client(HttpClient http) =>
        new RpcClient(http.BaseAddress ?? throw new ArgumentException("the HttpClient needs the node URL as BaseAddress", nameof(http)), http);

    /// <summary>A read-only Web3 (no account) over <paramref name="http"/>.</summary>
    public static IWeb3 Connect(HttpClient http) => new Web3(Client(http));
}
