namespace RentToOwn.Platform.Applications;

/// <summary>The recipient's electronic application (A.8) with its documents (A.10) and guarantors (A.11).</summary>
public sealed class TenantApplication
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The applicant's IIN (the owner: only this person's session may open it).</summary>
    public required string TenantIin { get; set; }

    /// <summary>Status.</summary>
    public ApplicationStatus Status { get; set; }

    /// <summary>Employer (A.10: employment certificate).</summary>
    public string Employer { get; set; } = "";

    /// <summary>Position held.</summary>
    public string Position { get; set; } = "";

    /// <summary>Declared average monthly income in tiyn (A.14 solvency).</summary>
    public long MonthlyIncomeTiyn { get; set; }

    /// <summary>A.15.2: monthly payments on loans and other financial obligations (credits, alimony), in tiyn.</summary>
    public long MonthlyObligationsTiyn { get; set; }

    /// <summary>A.15.2: the family's other regular monthly expenses, in tiyn.</summary>
    public long MonthlyExpensesTiyn { get; set; }

    /// <summary>Family members including the applicant.</summary>
    public int FamilyMembers { get; set; } = 1;

    /// <summary>Married (the spouse takes part, A.21/A.23).</summary>
    public bool Married { get; set; }

    /// <summary>A.10: children in the family (their birth certificates are required).</summary>
    public int Children { get; set; }

    /// <summary>A.10: married before (a divorce or the former spouse's death certificate is required).</summary>
    public bool PreviouslyMarried { get; set; }

    /// <summary>Spouse's IIN when married.</summary>
    public string? SpouseIin { get; set; }

    /// <summary>The spouse's CAdES over the submitted application (A.12, spouse cabinet), once signed.</summary>
    public byte[]? SpouseSignatureCms { get; set; }

    /// <summary>When the spouse signed the application.</summary>
    public DateTimeOffset? SpouseSignedAt { get; set; }

    /// <summary>The stored ledger receipt of the spouse's signature (<c>ledger_receipts</c>).</summary>
    public Guid? SpouseReceiptId { get; set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>A.13: last day of KTK's decision (15 calendar days from submission).</summary>
    public DateOnly? DecisionDeadline { get; set; }

    /// <summary>The KTK officer whose queue holds it (the officer who uploaded the tenant's list, A.6).</summary>
    public string? AssignedOfficerIin { get; set; }

    /// <summary>A.11: when the officer, finding the solvency insufficient, asked the tenant for a guarantor (the review waits for one).</summary>
    public DateTimeOffset? GuarantorRequestedAt { get; set; }

    /// <summary>A.11: why the officer asked for a guarantor (shown to the tenant).</summary>
    public string? GuarantorRequestReason { get; set; }

    /// <summary>A.16: the reasons of a refusal.</summary>
    public string? RefusalReasons { get; set; }

    /// <summary>The officer who decided.</summary>
    public string? DecidedByIin { get; set; }

    /// <summary>When the officer decided.</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>A.16: KTK head's CAdES over the refusal text.</summary>
    public byte[]? RefusalSignatureCms { get; set; }

    /// <summary>When the head signed the refusal (the tenant sees it from then on).</summary>
    public DateTimeOffset? RefusalSignedAt { get; set; }

    /// <summary>The stored ledger receipt of the head's refusal signature (<c>ledger_receipts</c>).</summary>
    public Guid? RefusalReceiptId { get; set; }

    /// <summary>A.16: the deciding KTK officer's CAdES over the approval text (<see cref="ApprovalText"/>), once approved.</summary>
    public byte[]? ApprovalSignatureCms { get; set; }

    /// <summary>When the officer's approval signature was accepted (the approval takes effect then).</summary>
    public DateTimeOffset? ApprovalSignedAt { get; set; }

    /// <summary>The stored ledger receipt of the officer's approval signature (<c>ledger_receipts</c>).</summary>
    public Guid? ApprovalReceiptId { get; set; }

    /// <summary>Attached documents (A.10).</summary>
    public List<ApplicationDocument> Documents { get; set; } = [];

    /// <summary>Invited guarantors (A.11).</summary>
    public List<GuarantorInvitation> Guarantors { get; set; } = [];
}
