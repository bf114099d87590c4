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
    : IPaymentConfirmationHandler
{
    /// <inheritdoc />
    public PaymentPurpose Purpose => PaymentPurpose.EarlyBuyout;

    /// <inheritdoc />
    public async Task HandleAsync(ConfirmedPayment payment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (await db.Set<TermPayment>().AnyAsync(p => p.Id == payment.PaymentId, ct)) return;
        var offer = Guid.TryParse(payment.Order.SubjectId, out var offerId)
            ? await db.Set<BuyoutOffer>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == offerId && o.LeaseId == payment.Order.LeaseId, ct)
            : null;
        if (offer is null)
        {
            throw new InvalidOperationException($"buyout {payment.PaymentId}: no buyout offer '{payment.Order.SubjectId}' for lease {payment.Order.LeaseId}");
        }

        var lease = await db.Leases.AsNoTracking().SingleAsync(l => l.Id == offer.LeaseId, ct);
        var record = new TermPayment
        {
            Id = payment.PaymentId, LeaseId = offer.LeaseId, Purpose = PaymentPurpose.EarlyBuyout, BuyoutOfferId = offer.Id,
            AmountTiyn = payment.Order.AmountTiyn, ProviderReference = payment.ProviderReference, PaidAt = payment.PaidAt, RecordedAt = time.GetUtcNow(),
            PaymentDocument = payment.PaymentDocument,
        };
        await overpayments.DecideAsync(lease, record, offer, ct);
        if (!record.SettlesPurchase) logger.LogWarning("Buyout payment {Id} did not complete the purchase ({Paid} tiyn, offer {Due} tiyn)", payment.PaymentId, payment.Order.AmountTiyn, offer.AmountTiyn);
        db.Add(record);
        await TermPaymentStore.SaveOnceAsync(db, payment.PaymentId, logger, ct);
    }
}
