namespace RentToOwn.Platform.Payments.Sandbox;

/// <summary>The sandbox acquirer's own record of an order (its books, apart from the platform's <see cref="PaymentRecord"/>).</summary>
public sealed class SandboxOrder
{
    /// <summary>The acquirer's reference.</summary>
    public required string Reference { get; set; }

    /// <summary>The merchant's (platform's) order id.</summary>
    public Guid PaymentId { get; set; }

    /// <summary>Amount in tiyn.</summary>
    public long AmountTiyn { get; set; }

    /// <summary>What is paid.</summary>
    public required string Description { get; set; }

    /// <summary>The account allowed to pay on the checkout page.</summary>
    public Guid PayerAccountId { get; set; }

    /// <summary>Open, Paid or Declined.</summary>
    public SandboxOrderStatus Status { get; set; }

    /// <summary>When created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the payer paid or declined.</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>When the next callback attempt is due (null: nothing to send).</summary>
    public DateTimeOffset? CallbackDueAt { get; set; }

    /// <summary>Callback attempts so far.</summary>
    public int CallbackAttempts { get; set; }

    /// <summary>When the platform accepted the callback.</summary>
    public DateTimeOffset? CallbackDeliveredAt { get; set; }

    /// <summary>The last delivery error.</summary>
    public string? LastError { get; set; }

    /// <summary>Refunded to the payer, tiyn (0: none).</summary>
    public long RefundedTiyn { get; set; }

    /// <summary>The acquirer's refund reference.</summary>
    public string? RefundReference { get; set; }

    /// <summary>When refunded.</summary>
    public DateTimeOffset? RefundedAt { get; set; }
}
