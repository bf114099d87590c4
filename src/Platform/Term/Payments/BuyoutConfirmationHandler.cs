using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Term.Refunds;

namespace RentToOwn.Platform.Term.Payments;

/// <summary>
/// A.29: records a confirmed early-buyout payment; when it covers its offer (or today's amount) the purchase is completed.
/// A surplus — or the whole payment once the purchase was completed or the lease closed — is due back; a buyout short of
/// its offer is credited to the installments (<see cref="TermOverpayments"/>). Idempotent on the payment id.
/// </summary>
public sealed class BuyoutConfirmationHandler(PlatformDbContext db, TermOverpayments overpayments, TimeProvider time, ILogger<BuyoutConfirmationHandler> logger)
    : TermConfirmationHandler(db, overpayments, time, logger)
{
    /// <inheritdoc />
    public override PaymentPurpose Purpose => PaymentPurpose.EarlyBuyout;

    /// <inheritdoc />
    protected override async Task<Subject> SubjectAsync(ConfirmedPayment payment, CancellationToken ct)
    {
        var offer = Guid.TryParse(payment.Order.SubjectId, out var offerId)
            ? await Db.Set<BuyoutOffer>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == offerId && o.LeaseId == payment.Order.LeaseId, ct)
            : null;
        if (offer is null)
        {
            throw new InvalidOperationException($"buyout {payment.PaymentId}: no buyout offer '{payment.Order.SubjectId}' for lease {payment.Order.LeaseId}");
        }

        return new Subject(await Db.Leases.AsNoTracking().SingleAsync(l => l.Id == offer.LeaseId, ct), Offer: offer);
    }

    /// <inheritdoc />
    protected override void Decided(ConfirmedPayment payment, TermPayment record, Subject subject)
    {
        if (!record.SettlesPurchase)
        {
            Logger.LogWarning("Buyout payment {Id} did not complete the purchase ({Paid} tiyn, offer {Due} tiyn)", payment.PaymentId, payment.Order.AmountTiyn,
                subject.Offer!.AmountTiyn);
        }
    }
}
