using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Term.Payments;

/// <summary>A.29: records a confirmed early-buyout payment; when it covers its offer the purchase is completed. Idempotent on the payment id.</summary>
public sealed class BuyoutConfirmationHandler(PlatformDbContext db, TimeProvider time, ILogger<BuyoutConfirmationHandler> logger)
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

        var settles = payment.Order.AmountTiyn >= offer.AmountTiyn;
        if (!settles) logger.LogWarning("Buyout payment {Id} is below its offer ({Paid} < {Due} tiyn): recorded, purchase not completed", payment.PaymentId, payment.Order.AmountTiyn, offer.AmountTiyn);
        db.Add(new TermPayment
        {
            Id = payment.PaymentId, LeaseId = offer.LeaseId, Purpose = PaymentPurpose.EarlyBuyout, BuyoutOfferId = offer.Id, SettlesPurchase = settles,
            AmountTiyn = payment.Order.AmountTiyn, ProviderReference = payment.ProviderReference, PaidAt = payment.PaidAt, RecordedAt = time.GetUtcNow(),
            PaymentDocument = payment.PaymentDocument,
        });
        await TermPaymentStore.SaveOnceAsync(db, payment.PaymentId, logger, ct);
    }
}
