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

    /// <summary>
    /// The log service (<c>rto ledger serve</c>) shared by several instances, e.g. <c>https://ledger:7443</c>; none: the embedded
    /// log in this process. <see cref="Directory"/> then holds only the service's <c>log.pub</c>, <c>witness.pub</c> and
    /// <c>deployment.secret</c> (receipts are checked against the keys).
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Bearer token for <see cref="Endpoint"/> (refused over <c>http://</c> outside Development).</summary>
    public string? Token { get; set; }

    /// <summary>The EVM backend (used when <see cref="Backend"/> is Evm).</summary>
    public PlatformEvmOptions Evm { get; set; } = new();
}
