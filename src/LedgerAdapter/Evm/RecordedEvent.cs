namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>A decoded <c>Recorded</c> event.</summary>
public sealed record RecordedEvent(byte[] Subject, byte[] EntryHash, byte Kind, string Writer, long Index, long BlockNumber, string TransactionHash, string Contract);
