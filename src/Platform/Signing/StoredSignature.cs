namespace RentToOwn.Platform.Signing;

/// <summary>
/// A verified EDS signature an area keeps beside its own rows (A.18 the contract, A.29–A.31 the closing documents): who
/// signed at which step, the detached CAdES, when it was accepted and its ledger receipt. Not an entity itself: each
/// area's signature table derives from it and adds what the signature belongs to.
/// </summary>
public abstract class StoredSignature
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The signer's place in the signing order (see the deriving row).</summary>
    public int Step { get; set; }

    /// <summary>The signer's role (<c>tenant</c>, <c>guarantor</c>, <c>ktk-head</c>, …).</summary>
    public required string Role { get; set; }

    /// <summary>The signer's IIN (never on the ledger).</summary>
    public required string SignerIin { get; set; }

    /// <summary>The detached CAdES over the signed document's bytes.</summary>
    public required byte[] Cms { get; set; }

    /// <summary>When it was accepted.</summary>
    public DateTimeOffset SignedAt { get; set; }

    /// <summary>The stored ledger receipt of this signature.</summary>
    public Guid ReceiptId { get; set; }
}
