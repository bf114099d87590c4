namespace RentToOwn.Platform.Registration.Model;

/// <summary>
/// One application to the cadastre (ЖМБМК АЖ): the lease encumbrance (A.19), its termination or the tenant's
/// ownership (A.29). Holds what the platform collected (basis document and signatures, ДҚБ consent, the signed
/// application form, the registrar's verdict, the fee) and what the cadastre answered.
/// </summary>
public sealed class RegistrationApplication
{
    /// <summary>The platform id (the video session's subject id).</summary>
    public Guid Id { get; set; }

    /// <summary>The lease.</summary>
    public Guid LeaseId { get; set; }

    /// <summary>Which application.</summary>
    public RegistrationKind Kind { get; set; }

    /// <summary>Platform/cadastre status.</summary>
    public RegistrationStatus Status { get; set; }

    /// <summary>The KTK officer who formed it.</summary>
    public Guid OfficerAccountId { get; set; }

    /// <summary>When formed.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Ownership: the paired termination application (A.34).</summary>
    public Guid? RelatedRegistrationId { get; set; }

    /// <summary>The basis document's kind.</summary>
    public BasisDocumentKind BasisKind { get; set; }

    /// <summary>The basis document's title.</summary>
    public required string BasisTitle { get; set; }

    /// <summary>The basis document's exact signed bytes.</summary>
    public required byte[] BasisContent { get; set; }

    /// <summary>Its signatures.</summary>
    public List<RegistrationBasisSignature> BasisSignatures { get; set; } = [];

    /// <summary>Seed 000: the court decision an involuntary termination rests on (null otherwise).</summary>
    public string? CourtDecisionTitle { get; set; }

    /// <summary>The court decision file's exact bytes.</summary>
    public byte[]? CourtDecisionContent { get; set; }

    /// <summary>Hex SHA-256 of <see cref="CourtDecisionContent"/> (cited in the application form).</summary>
    public string? CourtDecisionSha256 { get; set; }

    /// <summary>KTK's certification CMS over the court decision (a KTK employee's EDS carrying KTK's BIN).</summary>
    public byte[]? CourtDecisionCms { get; set; }

    /// <summary>
    /// Seed 000: an encumbrance termination ordered by a court. It proceeds without the tenant's cooperation: KTK's
    /// head signs the application (A.31), no ДҚБ consent is requested and no A.30 video session is required.
    /// </summary>
    public bool IsCourtOrdered => Kind == RegistrationKind.EncumbranceTermination && CourtDecisionContent is { Length: > 0 };

    /// <summary>The application form the applicant signs (canonical UTF-8 text, A.20).</summary>
    public required byte[] FormDocument { get; set; }

    /// <summary>The applicant's CMS over <see cref="FormDocument"/>.</summary>
    public byte[]? FormCms { get; set; }

    /// <summary>Who signed the form: the tenant's IIN, or KTK's BIN for a termination (A.31).</summary>
    public string? FormSigner { get; set; }

    /// <summary>The form signer's IIN (the head's for KTK).</summary>
    public string? FormSignerIin { get; set; }

    /// <summary>When the form was signed.</summary>
    public DateTimeOffset? FormSignedAt { get; set; }

    /// <summary>The stored ledger receipt of <see cref="FormCms"/> (<c>ledger_receipts</c>).</summary>
    public Guid? FormReceiptId { get; set; }

    /// <summary>A.22: the certification CMS over <see cref="FormDocument"/> by KTK's authorised person (lease encumbrance: beside the tenant's).</summary>
    public byte[]? KtkFormCms { get; set; }

    /// <summary>The IIN of KTK's authorised person who certified the form.</summary>
    public string? KtkFormSignerIin { get; set; }

    /// <summary>When KTK certified the form.</summary>
    public DateTimeOffset? KtkFormSignedAt { get; set; }

    /// <summary>The stored ledger receipt of <see cref="KtkFormCms"/> (<c>ledger_receipts</c>).</summary>
    public Guid? KtkFormReceiptId { get; set; }

    /// <summary>A.22: the lease application is certified by the tenant and KTK's authorised person (A.31: a termination is signed by KTK only, an ownership by the tenant only).</summary>
    public bool NeedsKtkCertification => Kind == RegistrationKind.LeaseEncumbrance;

    /// <summary>A.20, A.29: the form number (random salt) of this application's consent form, drawn when first shown; off the ledger.</summary>
    public string? ConsentSalt { get; set; }

    /// <summary>The ДҚБ consent given for this registration (A.20, A.29).</summary>
    public Guid? ConsentId { get; set; }

    /// <summary>The registrar's verdict session, as attached for the cadastre.</summary>
    public Guid? VerdictSessionId { get; set; }

    /// <summary>Serialized <c>VideoSessionFindings</c> (what the registrar countersigned for the cadastre).</summary>
    public byte[]? VerdictFindings { get; set; }

    /// <summary>The registrar's CMS over <see cref="VerdictFindings"/>.</summary>
    public byte[]? VerdictCms { get; set; }

    /// <summary>The state fee in tiyn.</summary>
    public long FeeTiyn { get; set; }

    /// <summary>The fee payment at the provider.</summary>
    public Guid? PaymentId { get; set; }

    /// <summary>The provider's reference of the confirmed fee.</summary>
    public string? PaymentReference { get; set; }

    /// <summary>When the fee was paid (the provider's confirmation).</summary>
    public DateTimeOffset? FeePaidAt { get; set; }

    /// <summary>The payment document attached (A.22).</summary>
    public byte[]? PaymentDocument { get; set; }

    /// <summary>When <c>ConfirmPayment</c> reached the cadastre.</summary>
    public DateTimeOffset? FeeConfirmedToCadastreAt { get; set; }

    /// <summary>Submission attempt (a resubmission after an art. 27 cure gets a new cadastre id).</summary>
    public int Attempt { get; set; }

    /// <summary>The current cadastre application id.</summary>
    public string? CadastreId { get; set; }

    /// <summary>SHA-256 of the submitted content (without attempt id and payment): a suspended application is resubmitted once it changed.</summary>
    public string? SubmittedSha256 { get; set; }

    /// <summary>When last submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The last cadastre event sequence applied.</summary>
    public long LastSequence { get; set; }

    /// <summary>The cadastre's reason code.</summary>
    public string? ReasonCode { get; set; }

    /// <summary>"art. 27" / "art. 31" (or the Algorithm point of a plain status).</summary>
    public string? LegalBasis { get; set; }

    /// <summary>The cadastre's reason text in Kazakh.</summary>
    public string? ReasonKk { get; set; }

    /// <summary>The cadastre's reason text in Russian.</summary>
    public string? ReasonRu { get; set; }

    /// <summary>The registration-sheet entry number, once registered.</summary>
    public string? EntryNumber { get; set; }

    /// <summary>When the cadastre decided.</summary>
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>A.38: the decision is due (one working day after the fee confirmation).</summary>
    public DateTimeOffset? DecisionDueAt { get; set; }

    /// <summary>When the A.38 breach alert was raised.</summary>
    public DateTimeOffset? DeadlineAlertedAt { get; set; }

    /// <summary>Whether the status is final.</summary>
    public bool IsFinal => Status is RegistrationStatus.Registered or RegistrationStatus.Refused;
}
