namespace RentToOwn.Platform.Contracts;

/// <summary>One accepted signature over a lease's contract PDF (A.18), in signing order.</summary>
public sealed class ContractSignature
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The lease whose contract was signed.</summary>
    public Guid LeaseId { get; set; }

    /// <summary>0 = tenant, 1..n = guarantors in order, n+1 = KTK head (A.18).</summary>
    public int Step { get; set; }

    /// <summary><c>tenant</c>, <c>guarantor</c> or <c>ktk-head</c>.</summary>
    public required string Role { get; set; }

    /// <summary>The signer's IIN.</summary>
    public required string SignerIin { get; set; }

    /// <summary>The detached CAdES over the contract PDF bytes.</summary>
    public required byte[] Cms { get; set; }

    /// <summary>When it was accepted.</summary>
    public DateTimeOffset SignedAt { get; set; }

    /// <summary>The stored ledger receipt of this signature.</summary>
    public Guid ReceiptId { get; set; }
}
