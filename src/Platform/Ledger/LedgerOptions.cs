using RentToOwn.Platform.Ledger.Evm;

namespace RentToOwn.Platform.Ledger;

/// <summary>Configuration section <c>Ledger</c>: the backend and the embedded log (always present: it supplies receipts and proofs).</summary>
public sealed class LedgerOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Ledger";

    /// <summary>Embedded (default) or Evm.</summary>
    public LedgerBackend Backend { get; set; } = LedgerBackend.Embedded;

    /// <summary>Ledger folder (keys, witness, SQLite log); relative paths are under the data directory.</summary>
    public string Directory { get; set; } = "ledger";

    /// <summary>Log origin written into checkpoints.</summary>
    public string Origin { get; set; } = "renttoown.platform/ledger";

    /// <summary>Name of the local witness (the registrar's node in production).</summary>
    public string WitnessName { get; set; } = "renttoown.witness.local";

    /// <summary>The EVM backend (used when <see cref="Backend"/> is Evm).</summary>
    public PlatformEvmOptions Evm { get; set; } = new();
}
