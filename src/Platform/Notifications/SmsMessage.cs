namespace RentToOwn.Platform.Notifications;

/// <summary>An SMS in the outbox: written before it is handed to a provider (A.7).</summary>
public sealed class SmsMessage
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>Destination number, E.164.</summary>
    public required string Phone { get; set; }

    /// <summary>Message text.</summary>
    public required string Text { get; set; }

    /// <summary>When the message was queued.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the provider accepted it; null while pending.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Name of the provider that delivered it (e.g. <c>sandbox</c>).</summary>
    public required string Provider { get; set; }

    /// <summary>The account it was meant for, when known.</summary>
    public Guid? AccountId { get; set; }
}
