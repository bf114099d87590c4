using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Term.Refunds;

namespace RentToOwn.Platform.Term.Payments;

/// <summary>
/// Records a confirmed installment against its schedule period; a surplus (the period owed less, or nothing is owed any
/// more) is credited or due back (<see cref="TermOverpayments"/>). Idempotent on the payment id.
/// </summary>
public sealed class InstallmentConfirmationHandler(PlatformDbContext db, TermOverpayments overpayments, TimeProvider time, ILogger<InstallmentConfirmationHandler> logger)
    : IPaymentConfirmationHandler
{
    /// <inheritdoc />
    public PaymentPurpose Purpose => PaymentPurpose.Installment;

    /// <inheritdoc />
    public async Task HandleAsync(ConfirmedPayment payment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (await db.Set<TermPayment>().AnyAsync(p => p.Id == payment.PaymentId, ct)) return;
        var lease = await db.Leases.AsNoTracking().SingleOrDefaultAsync(l => l.Id == payment.Order.LeaseId, ct)
            ?? throw new InvalidOperationException($"installment {payment.PaymentId}: lease {payment.Order.LeaseId} does not exist");
        if (!int.TryParse(payment.Order.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var period) || period < 1 || period > lease.TermMonths)
        {
            throw new InvalidOperationException($"installment {payment.PaymentId}: '{payment.Order.SubjectId}' is not a period of lease {lease.Number}");
        }

        var record = new TermPayment
        {
            Id = payment.PaymentId, LeaseId = lease.Id, Purpose = PaymentPurpose.Installment, Period = period, AmountTiyn = payment.Order.AmountTiyn,
            ProviderReference = payment.ProviderReference, PaidAt = payment.PaidAt, RecordedAt = time.GetUtcNow(), PaymentDocument = payment.PaymentDocument,
        };
        await overpayments.DecideAsync(lease, record, null, ct);
        db.Add(record);
        await TermPaymentStore.SaveOnceAsync(db, payment.PaymentId, logger, ct);
    }
}
