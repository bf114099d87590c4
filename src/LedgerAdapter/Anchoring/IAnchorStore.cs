using RentToOwn.LedgerAdapter.Checkpoints;

namespace RentToOwn.LedgerAdapter.Anchoring;

/// <summary>Where published anchors are kept so bundles can carry them.</summary>
public interface IAnchorStore
{
    /// <summary>Records a published anchor.</summary>
    Task SaveAsync(LedgerAnchor anchor, CancellationToken ct = default);

    /// <summary>The latest anchor, or null when none was published.</summary>
    Task<LedgerAnchor?> LatestAsync(CancellationToken ct = default);
}
