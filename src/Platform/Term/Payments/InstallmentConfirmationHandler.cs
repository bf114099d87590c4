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
    : TermConfirmationHandler(db, overpayments, time, logger)
{
    /// <inheritdoc />
    public override PaymentPurpose Purpose => PaymentPurpose.Installment;

    /// <inheritdoc />
    protected override async Task<Subject> SubjectAsync(ConfirmedPayment payment, CancellationToken ct)
    {
        var lease = await Db.Leases.AsNoTracking().SingleOrDefaultAsync(l => l.Id == payment.Order.LeaseId, ct)
            ?? throw new InvalidOperationException($"installment {payment.PaymentId}: lease {payment.Order.LeaseId} does not exist");
        if (!int.TryParse(payment.Order.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var period) || period < 1 || period > lease.TermMonths)
        {
            throw new InvalidOperationException($"installment {payment.PaymentId}: '{payment.Order.SubjectId}' is not a period of lease {lease.Number}");
        }

        return new Subject(lease, Period: period);
    }
}
