namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>What <c>getEntry(entryHash)</c> returns for a recorded entry.</summary>
public sealed record OnChainEntry(byte[] Subject, byte Kind, long BlockNumber, string Writer);
