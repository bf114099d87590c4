namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.11: a guarantor invited by the tenant — a person by IIN, or an organisation (e.g. the employer) by BIN (A.2.9), which
/// acts through its head. The guarantor gives their own questionnaire, documents (A.8–A.10) and consent (A.9), then signs the
/// application in their cabinet (A.12).
/// </summary>
public sealed class GuarantorInvitation
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The application.</summary>
    public Guid ApplicationId { get; set; }

    /// <summary>1-based signing order (A.17).</summary>
    public int Order { get; set; }

    /// <summary>
    /// The person who acts: the guarantor's own IIN; for an organisation the head who took the invitation up (bound the
    /// first time a head of that BIN fills in the questionnaire), null until then.
    /// </summary>
    public string? GuarantorIin { get; set; }

    /// <summary>A.2.9: the organisation's BIN when the guarantor is a legal entity; null for a person.</summary>
    public string? GuarantorBin { get; set; }

    /// <summary>Whether the guarantor is a legal entity (no age, signs with its head's key).</summary>
    public bool IsOrganisation => GuarantorBin is not null;

    /// <summary>When invited.</summary>
    public DateTimeOffset InvitedAt { get; set; }

    /// <summary>A.8: the organisation's registered name (legal entity), or the person's employer.</summary>
    public string Employer { get; set; } = "";

    /// <summary>A.8: the person's position (empty for a legal entity).</summary>
    public string Position { get; set; } = "";

    /// <summary>A.14: declared average monthly income in tiyn (a legal entity: average monthly net income).</summary>
    public long MonthlyIncomeTiyn { get; set; }

    /// <summary>A.14–A.15: monthly payments on obligations already taken (loans, other guarantees) in tiyn.</summary>
    public long MonthlyObligationsTiyn { get; set; }

    /// <summary>When the guarantor last saved the questionnaire; null while it is not filled in.</summary>
    public DateTimeOffset? QuestionnaireSavedAt { get; set; }

    /// <summary>A.10: the guarantor's own documents.</summary>
    public List<GuarantorDocument> Documents { get; set; } = [];

    /// <summary>The guarantor's CAdES over <see cref="GuarantorText"/> (A.12), once signed.</summary>
    public byte[]? SignatureCms { get; set; }

    /// <summary>When the guarantor signed.</summary>
    public DateTimeOffset? SignedAt { get; set; }

    /// <summary>The stored ledger receipt of the guarantor's signature (<c>ledger_receipts</c>).</summary>
    public Guid? ReceiptId { get; set; }
}
