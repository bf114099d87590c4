using RentToOwn.Platform.Ledger;

namespace RentToOwn.Platform.Signing;

/// <summary>What a ledger record is about: a kind prefix and the platform id, as the ledger stores it (no personal data).</summary>
/// <param name="Id">The ledger subject id, e.g. <c>contract:6Cq0…</c>.</param>
public readonly record struct LedgerSubject(string Id)
{
    /// <summary>A lease's contract (A.17–A.18).</summary>
    public static LedgerSubject Contract(Guid leaseId) => Of("contract", leaseId);

    /// <summary>A tenant's application (A.12, A.16).</summary>
    public static LedgerSubject Application(Guid applicationId) => Of("application", applicationId);

    /// <summary>A ДҚБ consent (A.9, A.20).</summary>
    public static LedgerSubject Consent(Guid consentId) => Of("consent", consentId);

    /// <summary>A registration application (A.19–A.38).</summary>
    public static LedgerSubject Registration(Guid registrationId) => Of("registration", registrationId);

    /// <summary>A payment (A.22, term payments).</summary>
    public static LedgerSubject Payment(Guid paymentId) => Of("payment", paymentId);

    /// <summary>A lease termination record.</summary>
    public static LedgerSubject Termination(Guid terminationId) => Of("termination", terminationId);

    /// <summary>Any other kind of platform record.</summary>
    public static LedgerSubject Of(string kind, Guid id) => new(LedgerSubjects.For(kind, id));

    /// <inheritdoc />
    public override string ToString() => Id;
}
