namespace RentToOwn.Platform.Ledger;

/// <summary>A ledger receipt kept with the platform record it proves (A.18: every accepted signature).</summary>
public sealed class StoredReceipt
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>Record kind (LedgerAdapter <c>RecordKind</c> name).</summary>
    public required string Kind { get; set; }

    /// <summary>The ledger subject (application, consent or contract id).</summary>
    public required string SubjectId { get; set; }

    /// <summary>Leaf index in the log.</summary>
    public long LeafIndex { get; set; }

    /// <summary>The receipt as LedgerAdapter's JSON (record, leaf hash, signed checkpoint, inclusion proof).</summary>
    public required string ReceiptJson { get; set; }

    /// <summary>When it was appended.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
