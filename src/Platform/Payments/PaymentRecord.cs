namespace RentToOwn.Platform.Payments;

/// <summary>One payment the platform ordered from the provider, and what the provider answered.</summary>
public sealed class PaymentRecord
{
    /// <summary>The platform's payment id (also the order id at the provider).</summary>
    public Guid Id { get; set; }

    /// <summary>The lease it belongs to.</summary>
    public Guid LeaseId { get; set; }

    /// <summary>What it is for.</summary>
    public PaymentPurpose Purpose { get; set; }

    /// <summary>The id inside the purpose (e.g. the registration application id).</summary>
    public required string SubjectId { get; set; }

    /// <summary>Amount in tiyn.</summary>
    public long AmountTiyn { get; set; }

    /// <summary>The paying account.</summary>
    public Guid PayerAccountId { get; set; }

    /// <summary>Shown to the payer.</summary>
    public required string Description { get; set; }

    /// <summary>Pending, Confirmed or Failed.</summary>
    public PaymentStatus Status { get; set; }

    /// <summary>The provider's reference.</summary>
    public required string ProviderReference { get; set; }

    /// <summary>Where the payer completes the payment.</summary>
    public required string CheckoutUrl { get; set; }

    /// <summary>When it was ordered.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the provider says it was paid.</summary>
    public DateTimeOffset? PaidAt { get; set; }

    /// <summary>The payment document (the provider's receipt), once confirmed.</summary>
    public byte[]? PaymentDocument { get; set; }

    /// <summary>The exact callback body that confirmed or declined it.</summary>
    public byte[]? CallbackBody { get; set; }

    /// <summary>The provider's signature over <see cref="CallbackBody"/>.</summary>
    public byte[]? CallbackSignature { get; set; }

    /// <summary>Why it failed, when it did.</summary>
    public string? FailureReason { get; set; }

    /// <summary>The ledger receipt of the confirmation (<c>ledger_receipts</c>).</summary>
    public Guid? ReceiptId { get; set; }

    /// <summary>When every confirmation handler has run (null while some still has to).</summary>
    public DateTimeOffset? HandlersDoneAt { get; set; }

    /// <summary>As the seam's order.</summary>
    public PaymentOrder ToOrder() => new(LeaseId, Purpose, SubjectId, AmountTiyn, PayerAccountId, Description);
}
