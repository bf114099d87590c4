namespace RentToOwn.LedgerAdapter.Embedded;

/// <summary>Configuration of the embedded ledger (section <c>Ledger:Embedded</c>).</summary>
public sealed class EmbeddedLedgerOptions
{
    /// <summary>SQLite database file.</summary>
    public string DatabasePath { get; set; } = "ledger.db";

    /// <summary>Most appends committed in one transaction (one fsync, one signed checkpoint).</summary>
    public int MaxBatchSize { get; set; } = 4096;

    /// <summary>
    /// SQLite <c>synchronous</c> setting in WAL mode. <c>FULL</c> (default) fsyncs the WAL at every
    /// commit, so a receipt survives power loss. <c>NORMAL</c> survives a process crash (kill -9) but
    /// may lose the last commits on power loss; only use it where that is acceptable.
    /// </summary>
    public string Synchronous { get; set; } = "FULL";
}
