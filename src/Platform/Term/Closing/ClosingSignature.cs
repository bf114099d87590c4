namespace RentToOwn.Platform.Term.Closing;

/// <summary>One verified EDS signature over a closing document, with its ledger receipt.</summary>
public sealed class ClosingSignature
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The closing.</summary>
    public Guid ClosingId { get; set; }

    /// <summary>Which document.</summary>
    public ClosingDocumentKind Document { get; set; }

    /// <summary>Letter: 0 = KTK head. Transfer: 0 = tenant, 1 = KTK head.</summary>
    public int Step { get; set; }

    /// <summary><c>tenant</c> or <c>ktk-head</c>.</summary>
    public required string Role { get; set; }

    /// <summary>The signer's IIN (never on the ledger).</summary>
    public required string SignerIin { get; set; }

    /// <summary>The detached CAdES.</summary>
    public required byte[] Cms { get; set; }

    /// <summary>When accepted.</summary>
    public DateTimeOffset SignedAt { get; set; }

    /// <summary>The stored ledger receipt.</summary>
    public Guid ReceiptId { get; set; }
}
