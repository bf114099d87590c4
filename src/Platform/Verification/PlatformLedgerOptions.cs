namespace RentToOwn.Platform.Verification;

/// <summary>Configuration section <c>Ledger</c>: where the platform's embedded ledger lives.</summary>
public sealed class PlatformLedgerOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Ledger";

    /// <summary>
    /// Ledger folder (<c>rto ledger init</c> layout: ledger.db, log/witness keys, deployment secret). Relative paths
    /// are under the data directory; default <c>ledger</c>. Created with fresh keys on first start.
    /// </summary>
    public string Directory { get; set; } = "ledger";

    /// <summary>The log's origin (checkpoint first line and log key name) used when the folder is created.</summary>
    public string Origin { get; set; } = "rto.kz/ledger";

    /// <summary>Name of the local witness key used when the folder is created.</summary>
    public string WitnessName { get; set; } = "rto.kz/witness-registrar";
}
