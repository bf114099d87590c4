namespace RentToOwn.Platform.Verification.Reports;

/// <summary>The EVM anchor of the checkpoint.</summary>
/// <param name="Status">none (no anchor published), not_checked (consistent, no node asked) or verified (a node confirmed it); in per-record EVM mode recorded / not_recorded (the record's own transaction).</param>
/// <param name="Message">Human-readable outcome.</param>
/// <param name="ChainId">EIP-155 chain id.</param>
/// <param name="Contract">SigningRegistry address.</param>
/// <param name="TransactionHash">Anchoring transaction.</param>
/// <param name="BlockNumber">Block of the transaction.</param>
/// <param name="TreeSize">Anchored tree size.</param>
public sealed record AnchorReport(string Status, string Message, long? ChainId = null, string? Contract = null, string? TransactionHash = null, long? BlockNumber = null, long? TreeSize = null);
