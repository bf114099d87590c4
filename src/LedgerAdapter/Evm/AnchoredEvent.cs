namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>A decoded <c>Anchored</c> event.</summary>
public sealed record AnchoredEvent(long TreeSize, byte[] Root, string Writer, long BlockNumber, string TransactionHash, string Contract);
