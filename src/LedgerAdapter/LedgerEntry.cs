using RentToOwn.LedgerAdapter.Records;

namespace RentToOwn.LedgerAdapter;

/// <summary>A stored record and where it sits in the log.</summary>
/// <param name="Index">Leaf index.</param>
/// <param name="Record">The record as stored (previous-record hash filled in).</param>
/// <param name="LeafHash">RFC 6962 leaf hash of the canonical encoding; the next record of the subject points to it.</param>
public sealed record LedgerEntry(long Index, SigningRecord Record, byte[] LeafHash);
