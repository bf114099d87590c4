using System.Numerics;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>Configuration of the EVM backend (section <c>Ledger:Evm</c>).</summary>
public sealed class EvmOptions
{
    /// <summary>JSON-RPC URL of the node (Besu in production, ganache in tests).</summary>
    public Uri RpcUrl { get; set; } = new("http://127.0.0.1:8545");

    /// <summary>SigningRegistry address.</summary>
    public string? ContractAddress { get; set; }

    /// <summary>Gas price in wei; null asks the node (eth_gasPrice). Besu permissioned networks commonly use 0.</summary>
    public BigInteger? GasPrice { get; set; }

    /// <summary>How long to wait for a receipt.</summary>
    public TimeSpan ReceiptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Receipt polling interval.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(50);
}
