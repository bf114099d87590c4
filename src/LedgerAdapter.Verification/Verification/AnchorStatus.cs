namespace RentToOwn.LedgerAdapter.Verification;

/// <summary>What became of a bundle's EVM anchor.</summary>
public enum AnchorStatus
{
    /// <summary>The bundle carries no anchor.</summary>
    None,

    /// <summary>The anchor is consistent with the checkpoint, but no node was reachable to confirm it: "anchor not checked".</summary>
    NotChecked,

    /// <summary>A node confirmed the transaction, contract, chain, block, tree size and root.</summary>
    Verified,
}
