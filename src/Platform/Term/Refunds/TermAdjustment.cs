namespace RentToOwn.Platform.Term.Refunds;

/// <summary>
/// The decision on the surplus of one confirmed payment over the term (more than its period or the buyout needed, or a
/// payment after the purchase was completed or the lease closed): credited to the next installments, or due back to
/// the tenant and then refunded through the payment provider. Never silently absorbed; each decision is audited and on
/// the ledger (<c>PaymentAdjusted</c>, no IIN).
/// </summary>
public sealed class TermAdjustment
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The lease.</summary>
    public Guid LeaseId { get; set; }

    /// <summary>The payment whose surplus this is (at most one credit and one refund per payment).</summary>
    public Guid PaymentId { get; set; }

    /// <summary>Credit or refund.</summary>
    public TermAdjustmentKind Kind { get; set; }

    /// <summary>Amount, tiyn.</summary>
    public long AmountTiyn { get; set; }

    /// <summary>Why (a <see cref="TermAdjustmentReasons"/> code; shown in words on the pages).</summary>
    public required string Reason { get; set; }

    /// <summary>When decided (the confirmation was handled).</summary>
    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>The stored ledger receipt of the decision.</summary>
    public Guid? ReceiptId { get; set; }

    /// <summary>Refund: the provider's refund reference, once refunded.</summary>
    public string? RefundReference { get; set; }

    /// <summary>Refund: when the provider refunded it.</summary>
    public DateTimeOffset? RefundedAt { get; set; }

    /// <summary>Refund: the KTK officer who had it refunded.</summary>
    public Guid? RefundedByAccountId { get; set; }

    /// <summary>Refund: the provider's refund document.</summary>
    public byte[]? RefundDocument { get; set; }

    /// <summary>Refund: the stored ledger receipt of the refund.</summary>
    public Guid? RefundReceiptId { get; set; }
}
