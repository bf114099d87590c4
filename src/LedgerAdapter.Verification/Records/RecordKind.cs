namespace RentToOwn.LedgerAdapter.Records;

/// <summary>What a signing record attests. Values are part of the canonical encoding: never renumber.</summary>
public enum RecordKind : byte
{
    /// <summary>A lease (rent-to-own) contract was fully signed (A.17–A.18).</summary>
    ContractSigned = 1,

    /// <summary>One EDS signature was added to a document (A.18).</summary>
    SignatureAdded = 2,

    /// <summary>A personal-data (ДҚБ) consent was given (A.20).</summary>
    ConsentGiven = 3,

    /// <summary>An application was signed by the recipient or a guarantor (A.8–A.12, A.20).</summary>
    ApplicationSigned = 4,

    /// <summary>The registrar's signed verdict after a video session (A.21, A.30).</summary>
    RegistrarVerdict = 5,

    /// <summary>The cadastre's result: registered, suspended or refused (A.25–A.28, A.34–A.36).</summary>
    RegistrationResult = 6,

    /// <summary>A KTK letter (e.g. termination, A.29) was signed.</summary>
    LetterSigned = 7,

    /// <summary>A reasoned refusal signed by KTK's head (A.16).</summary>
    RefusalSigned = 8,

    /// <summary>
    /// A payment (state fee, instalment, buyout) was confirmed by the acquirer's signed callback (A.22): the document is
    /// the payment receipt, the signature hash is the acquirer's callback signature, the certificate is its key fingerprint.
    /// </summary>
    PaymentConfirmed = 9,

    /// <summary>
    /// A court decision was recorded, e.g. the decision ending a lease without purchase (seed 000: nobody is deprived of
    /// housing without a court decision): the document is the decision file, certified by the KTK officer's EDS.
    /// </summary>
    CourtDecisionRecorded = 10,

    /// <summary>
    /// A confirmed payment's surplus was credited to later instalments or found due for refund (the document is the
    /// platform's canonical decision, no personal data), or it was refunded through the payment provider (the document is
    /// the provider's refund receipt, the signature hash its signature, the certificate its key fingerprint).
    /// </summary>
    PaymentAdjusted = 11,

    /// <summary>A data subject withdrew a personal-data (ДҚБ) consent, signed with their EDS (issue 16 §5, Appendix).</summary>
    ConsentWithdrawn = 12,

    /// <summary>
    /// KTK's approval of an application, signed with the deciding officer's EDS (A.16–A.17): the document is the approval text
    /// (the application id, the checks reviewed and overridden; no IIN).
    /// </summary>
    ApprovalSigned = 13,
}
