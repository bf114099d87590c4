namespace RentToOwn.Platform.Term.Closing;

/// <summary>An accepted closing signature as shown to the parties.</summary>
/// <param name="Document">Letter or transfer contract.</param>
/// <param name="Step">Its step.</param>
/// <param name="Role">tenant / ktk-head.</param>
/// <param name="SignedAt">When accepted.</param>
/// <param name="LeafIndex">Its ledger leaf.</param>
public sealed record ClosingSignatureView(string Document, int Step, string Role, DateTimeOffset SignedAt, long LeafIndex);
