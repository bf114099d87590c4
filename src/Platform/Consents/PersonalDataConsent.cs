namespace RentToOwn.Platform.Consents;

/// <summary>
/// A ДҚБ (personal-data access control service) consent: the subject allows KTK to collect and
/// process the Appendix's list of data for the service period (A.9, A.20).
/// </summary>
public sealed class PersonalDataConsent
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The data subject's IIN.</summary>
    public required string SubjectIin { get; set; }

    /// <summary>What the consent is for (e.g. <c>application</c>, <c>registration</c>).</summary>
    public required string Purpose { get; set; }

    /// <summary>Version of the Appendix form the subject read.</summary>
    public required string FormVersion { get; set; }

    /// <summary>When it was granted.</summary>
    public DateTimeOffset GrantedAt { get; set; }

    /// <summary>End of validity (the service period).</summary>
    public DateTimeOffset ValidUntil { get; set; }

    /// <summary>When it was revoked, if it was.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The subject's CAdES signature over the form, when signed with EDS.</summary>
    public byte[]? SignatureCms { get; set; }

    /// <summary>The exact form bytes that were signed (they hold <see cref="FormSalt"/>; the ledger has only their SHA-256).</summary>
    public byte[]? SignedForm { get; set; }

    /// <summary>The form number: a random salt inside the signed form, kept here and never on the ledger (issue 15 §3).</summary>
    public string? FormSalt { get; set; }

    /// <summary>The ledger receipt of the signed form (<c>ledger_receipts</c>), when given with EDS.</summary>
    public Guid? ReceiptId { get; set; }

    /// <summary>The ledger receipt of the signed withdrawal (<c>ledger_receipts</c>), when withdrawn in the cabinet.</summary>
    public Guid? WithdrawalReceiptId { get; set; }

    /// <summary>Whether the consent is live at <paramref name="now"/>.</summary>
    public bool IsLiveAt(DateTimeOffset now) => RevokedAt is null && GrantedAt <= now && now < ValidUntil;
}
