namespace RentToOwn.Platform.Ledger.Evm;

/// <summary>How the EVM backend puts records on chain: configuration key <c>Ledger:Evm:Mode</c>.</summary>
public enum EvmLedgerMode
{
    /// <summary>One <c>record</c> transaction per append; the append returns once it is mined.</summary>
    PerRecord,

    /// <summary>A Quartz job publishes the latest checkpoint (tree size + root) every <c>AnchorIntervalSeconds</c>.</summary>
    Anchoring,
}
