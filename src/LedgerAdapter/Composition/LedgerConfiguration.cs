using RentToOwn.LedgerAdapter.Fabric;
using RentToOwn.LedgerAdapter.Remote;

namespace RentToOwn.LedgerAdapter.Composition;

/// <summary>
/// What <see cref="LedgerFactory"/> composes: the ledger folder (the embedded log, or — with <see cref="Remote"/> — the
/// trusted public keys and the deployment secret of the log service), and at most one backend beside the embedded log.
/// </summary>
public sealed class LedgerConfiguration
{
    /// <summary>The ledger folder (<c>rto ledger init</c> layout), absolute.</summary>
    public required string Directory { get; init; }

    /// <summary>Log origin for a folder created on first use.</summary>
    public required string Origin { get; init; }

    /// <summary>Witness name for a folder created on first use.</summary>
    public required string WitnessName { get; init; }

    /// <summary>The log service (<c>rto ledger serve</c>) instead of the embedded log in this process.</summary>
    public RemoteLedgerOptions? Remote { get; init; }

    /// <summary>Hyperledger Fabric beside the embedded log.</summary>
    public FabricBackendSettings? Fabric { get; init; }

    /// <summary>An EVM chain beside the embedded log: connects (given the ledger folder) and says the mode.</summary>
    public Func<string, CancellationToken, Task<EvmBackendLink>>? Evm { get; init; }
}
