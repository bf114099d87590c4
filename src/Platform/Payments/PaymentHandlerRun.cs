namespace RentToOwn.Platform.Payments;

/// <summary>A confirmation handler that completed for a payment: the durable "dispatched" mark (each handler runs once).</summary>
public sealed class PaymentHandlerRun
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The payment.</summary>
    public Guid PaymentId { get; set; }

    /// <summary>The handler's type name.</summary>
    public required string Handler { get; set; }

    /// <summary>When it completed.</summary>
    public DateTimeOffset CompletedAt { get; set; }
}
