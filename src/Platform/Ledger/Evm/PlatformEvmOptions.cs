namespace RentToOwn.Platform.Ledger.Evm;

/// <summary>Configuration section <c>Ledger:Evm</c>: the EVM backend (Hyperledger Besu in production, ganache here).</summary>
public sealed class PlatformEvmOptions
{
    /// <summary>JSON-RPC URL of the node.</summary>
    public string RpcUrl { get; set; } = "http://127.0.0.1:8545";

    /// <summary>
    /// The SigningRegistry address. Empty: the platform deploys one on first start and remembers its address in
    /// <c>evm-contract.json</c> in the ledger folder.
    /// </summary>
    public string? ContractAddress { get; set; }

    /// <summary>
    /// The writer account's secp256k1 private key (hex). Required outside Development; in Development the default is
    /// <see cref="GanacheTestKey"/>, a PUBLIC test key.
    /// </summary>
    public string? PrivateKey { get; set; }

    /// <summary>Per-record transactions or checkpoint anchoring.</summary>
    public EvmLedgerMode Mode { get; set; } = EvmLedgerMode.PerRecord;

    /// <summary>Anchoring mode: seconds between anchoring runs.</summary>
    public int AnchorIntervalSeconds { get; set; } = 60;

    /// <summary>
    /// The compiled SigningRegistry (hex, <c>contracts/evm/build/SigningRegistry.bin</c>) used to deploy one. Empty: the copy
    /// embedded at build time, else <c>contracts/evm/build</c> found above the application folder.
    /// </summary>
    public string? BytecodePath { get; set; }

    /// <summary>Gas price in wei; empty asks the node (0 on a free-gas Besu network).</summary>
    public long? GasPrice { get; set; }

    /// <summary>How long to wait for a transaction receipt.</summary>
    public int ReceiptTimeoutSeconds { get; set; } = 30;

    /// <summary>How long one JSON-RPC request may take.</summary>
    public int RpcTimeoutSeconds { get; set; } = 15;
}
