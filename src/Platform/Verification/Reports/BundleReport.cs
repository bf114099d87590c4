namespace RentToOwn.Platform.Verification.Reports;

/// <summary>An uploaded offline bundle, verified with this deployment's log and witness keys.</summary>
/// <param name="File">File name.</param>
/// <param name="Valid">Whether everything required verified.</param>
/// <param name="Reason">Why it failed, or a summary.</param>
/// <param name="Index">Leaf index.</param>
/// <param name="Kind">Record kind.</param>
/// <param name="SubjectId">Contract or application id.</param>
/// <param name="Role">Signer role.</param>
/// <param name="DocumentSha256">Document hash on the record.</param>
/// <param name="DocumentMatches">Whether it equals the uploaded PDF's hash (null without a PDF).</param>
/// <param name="Checkpoint">The checkpoint and witnesses.</param>
/// <param name="Anchor">The EVM or Fabric anchor.</param>
/// <param name="Fabric">The Fabric transaction the bundle carries (record or anchor), if any.</param>
public sealed record BundleReport(
    string File, bool Valid, string Reason, long? Index = null, string? Kind = null, string? SubjectId = null, string? Role = null,
    string? DocumentSha256 = null, bool? DocumentMatches = null, CheckpointReport? Checkpoint = null, AnchorReport? Anchor = null,
    RentToOwn.LedgerAdapter.Bundles.BundleFabricTransaction? Fabric = null);
