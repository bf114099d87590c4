namespace RentToOwn.Platform.Recipients;

/// <summary>One accepted row of a <see cref="RecipientList"/> and the account it produced (A.7).</summary>
public sealed class RecipientListEntry
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The list this row belongs to.</summary>
    public Guid RecipientListId { get; set; }

    /// <summary>1-based line number in the uploaded file (header is line 1).</summary>
    public int LineNumber { get; set; }

    /// <summary>Recipient's IIN.</summary>
    public required string Iin { get; set; }

    /// <summary>Recipient's full name.</summary>
    public required string FullName { get; set; }

    /// <summary>Recipient's mobile number, E.164.</summary>
    public required string Phone { get; set; }

    /// <summary>A.5 category (socially vulnerable, budget employee, city-forming employer).</summary>
    public required string Category { get; set; }

    /// <summary>The account created or reused for this recipient.</summary>
    public Guid AccountId { get; set; }

    /// <summary>A.7: last calendar day for the application and documents (15 calendar days).</summary>
    public DateOnly ApplicationDeadline { get; set; }

    /// <summary>When the A.7 deadline reminder SMS was queued (once per entry).</summary>
    public DateTimeOffset? ReminderSentAt { get; set; }
}
