namespace RentToOwn.LedgerAdapter.Witnesses;

/// <summary>The last checkpoint a witness cosigned for one log.</summary>
/// <param name="Size">Tree size.</param>
/// <param name="RootHash">Root hash.</param>
public sealed record WitnessState(long Size, byte[] RootHash);
