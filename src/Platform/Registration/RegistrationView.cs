using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Registration;

/// <summary>An application as the cabinets and the API show it.</summary>
/// <param name="Id">Platform id (also the video session's subject).</param>
/// <param name="LeaseId">The lease.</param>
/// <param name="Kind">LeaseEncumbrance, EncumbranceTermination or Ownership.</param>
/// <param name="Status">See <see cref="RegistrationStatusNames"/>.</param>
/// <param name="CadastralNumber">The flat.</param>
/// <param name="CadastreId">The current cadastre id.</param>
/// <param name="Attempt">Submission attempt.</param>
/// <param name="Reason">The cadastre's reason (code, legal basis, kk/ru text).</param>
/// <param name="Missing">What is still missing before filing: consent, signature, verdict, fee.</param>
/// <param name="FeeTiyn">The fee.</param>
/// <param name="PaymentId">The fee payment.</param>
/// <param name="FeePaidAt">When paid.</param>
/// <param name="FeeConfirmedToCadastreAt">When ConfirmPayment reached the cadastre.</param>
/// <param name="DecisionDueAt">A.38 due instant.</param>
/// <param name="EntryNumber">Registration-sheet entry.</param>
/// <param name="RelatedRegistrationId">Ownership: its termination.</param>
/// <param name="Events">The timeline, oldest first.</param>
public sealed record RegistrationView(
    Guid Id, Guid LeaseId, string Kind, string Status, string CadastralNumber, string? CadastreId, int Attempt, RegistrationReason? Reason,
    IReadOnlyList<string> Missing, long FeeTiyn, Guid? PaymentId, DateTimeOffset? FeePaidAt, DateTimeOffset? FeeConfirmedToCadastreAt,
    DateTimeOffset? DecisionDueAt, string? EntryNumber, Guid? RelatedRegistrationId, IReadOnlyList<RegistrationEventView> Events)
{
    /// <summary>Seed 000: a termination ordered by a court (no tenant consent, no video session).</summary>
    public bool CourtOrdered { get; init; }

    /// <summary>Seed 000: the court decision's SHA-256 (hex), when court-ordered.</summary>
    public string? CourtDecisionSha256 { get; init; }

    /// <summary>Builds the view.</summary>
    public static RegistrationView From(RegistrationApplication a, LeaseRecord lease, IEnumerable<RegistrationEvent> events,
        IReadOnlyDictionary<Guid, StoredReceipt>? receipts = null) => From(a, lease.Flat.CadastralNumber, events, receipts);

    /// <summary>Builds the view from the flat's cadastral number alone (the lease row, with its contract PDF, is not needed).</summary>
    public static RegistrationView From(RegistrationApplication a, string cadastralNumber, IEnumerable<RegistrationEvent> events,
        IReadOnlyDictionary<Guid, StoredReceipt>? receipts = null) => new(
        a.Id, a.LeaseId, a.Kind.ToString(), RegistrationStatusNames.Of(a), cadastralNumber, a.CadastreId, a.Attempt,
        a.ReasonCode is null ? null : new RegistrationReason(a.ReasonCode, a.LegalBasis, a.ReasonKk, a.ReasonRu),
        RegistrationWorkflow.Missing(a), a.FeeTiyn, a.PaymentId, a.FeePaidAt, a.FeeConfirmedToCadastreAt, a.DecisionDueAt, a.EntryNumber,
        a.RelatedRegistrationId, events.OrderBy(e => e.At).ThenBy(e => e.Sequence).Select(e => RegistrationEventView.From(e, receipts.Of(e.ReceiptId))).ToList())
    {
        CourtOrdered = a.IsCourtOrdered, CourtDecisionSha256 = a.CourtDecisionSha256,
    };
}
