using RentToOwn.LedgerAdapter.Anchoring;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Fabric;
using RentToOwn.LedgerAdapter.Remote;

namespace RentToOwn.LedgerAdapter.Composition;

/// <summary>The ledger for one configuration, with the parts a host still needs (anchorers, the Fabric registry).</summary>
public sealed class ComposedLedger : IAsyncDisposable
{
    /// <summary>The ledger port to append to and read from.</summary>
    public required ISigningLedger Ledger { get; init; }

    /// <summary>The deployment secret for <see cref="Records.SignerReference.From"/>.</summary>
    public required byte[] DeploymentSecret { get; init; }

    /// <summary>The embedded log in this process (null with the log service).</summary>
    public EmbeddedLedger? Embedded { get; init; }

    /// <summary>The log service client (null for the embedded log).</summary>
    public RemoteLedger? Remote { get; init; }

    /// <summary>EVM anchoring mode: the checkpoint anchorer.</summary>
    public CheckpointAnchorer? Anchorer { get; init; }

    /// <summary>Fabric: the chaincode registry.</summary>
    public FabricSigningRegistry? Fabric { get; init; }

    /// <summary>Fabric anchoring mode: the checkpoint anchorer.</summary>
    public FabricCheckpointAnchorer? FabricAnchorer { get; init; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Embedded is not null) await Embedded.DisposeAsync();
        Remote?.Dispose();
        Fabric?.Dispose();
    }
}
