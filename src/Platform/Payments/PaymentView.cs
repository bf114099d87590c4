using RentToOwn.Platform.Ledger;

namespace RentToOwn.Platform.Payments;

/// <summary>A payment as the payer (or an officer) sees it.</summary>
/// <param name="Id">Payment id.</param>
/// <param name="LeaseId">The lease.</param>
/// <param name="Purpose">What for.</param>
/// <param name="SubjectId">The id inside the purpose.</param>
/// <param name="AmountTiyn">Amount in tiyn.</param>
/// <param name="Description">Description.</param>
/// <param name="Status">Pending, Confirmed or Failed.</param>
/// <param name="ProviderReference">The provider's reference.</param>
/// <param name="CheckoutUrl">Where to pay.</param>
/// <param name="PaidAt">When paid.</param>
/// <param name="FailureReason">Why it failed.</param>
/// <param name="LedgerIndex">Ledger leaf of the confirmation (from its linked receipt).</param>
/// <param name="HandlersDone">Whether every confirmation handler has run.</param>
public sealed record PaymentView(Guid Id, Guid LeaseId, string Purpose, string SubjectId, long AmountTiyn, string Description, string Status,
    string ProviderReference, string CheckoutUrl, DateTimeOffset? PaidAt, string? FailureReason, long? LedgerIndex, bool HandlersDone)
{
    /// <summary>Builds the view.</summary>
    public static PaymentView From(PaymentRecord p, StoredReceipt? receipt) => new(p.Id, p.LeaseId, p.Purpose.ToString(), p.SubjectId, p.AmountTiyn,
        p.Description, p.Status.ToString(), p.ProviderReference, p.CheckoutUrl, p.PaidAt, p.FailureReason, receipt?.LeafIndex, p.HandlersDoneAt is not null);
}
