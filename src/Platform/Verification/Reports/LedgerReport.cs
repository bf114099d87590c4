namespace RentToOwn.Platform.Verification.Reports;

/// <summary>The ledger record of one signature and its proof (A.18).</summary>
/// <param name="Status">verified, not_on_ledger, other_document (the CMS is registered for another document) or failed.</param>
/// <param name="Message">Human-readable outcome or the reason it failed.</param>
/// <param name="Index">Leaf index.</param>
/// <param name="Kind">Record kind (SignatureAdded, ContractSigned…).</param>
/// <param name="SubjectId">The contract or application id.</param>
/// <param name="Role">The signer's role on the record (tenant, guarantor, ktk-head…).</param>
/// <param name="SignedAt">Signing time on the record.</param>
/// <param name="LeafHash">RFC 6962 leaf hash.</param>
/// <param name="InclusionProofVerified">Whether the inclusion proof verified against the checkpoint.</param>
/// <param name="Checkpoint">The checkpoint and its witnesses.</param>
/// <param name="Anchor">The EVM anchor.</param>
/// <param name="BundleUrl">Where to download the offline bundle.</param>
public sealed record LedgerReport(
    string Status, string Message, long? Index = null, string? Kind = null, string? SubjectId = null, string? Role = null,
    DateTimeOffset? SignedAt = null, string? LeafHash = null, bool InclusionProofVerified = false,
    CheckpointReport? Checkpoint = null, AnchorReport? Anchor = null, string? BundleUrl = null);
