using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Term.Refunds;

namespace RentToOwn.Platform.Term.Payments;

/// <summary>
/// The one way a confirmed term payment (installment, A.29 early buyout) is recorded: idempotent on the payment id, the
/// payment's lease and subject found by the purpose (<see cref="SubjectAsync"/>), over-payments decided
/// (<see cref="TermOverpayments"/>), then saved once even under a concurrent duplicate delivery.
/// </summary>
public abstract class TermConfirmationHandler(PlatformDbContext db, TermOverpayments overpayments, TimeProvider time, ILogger logger)
    : IPaymentConfirmationHandler
{
    /// <summary>The database.</summary>
    protected PlatformDbContext Db => db;

    /// <summary>The log.</summary>
    protected ILogger Logger => logger;

    /// <inheritdoc />
    public abstract PaymentPurpose Purpose { get; }

    /// <inheritdoc />
    public async Task HandleAsync(ConfirmedPayment payment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (await db.Set<TermPayment>().AnyAsync(p => p.Id == payment.PaymentId, ct)) return;
        var subject = await SubjectAsync(payment, ct);
        var record = new TermPayment
        {
            Id = payment.PaymentId, LeaseId = subject.Lease.Id, Purpose = Purpose, Period = subject.Period, BuyoutOfferId = subject.Offer?.Id,
            AmountTiyn = payment.Order.AmountTiyn, ProviderReference = payment.ProviderReference, PaidAt = payment.PaidAt, RecordedAt = time.GetUtcNow(),
            PaymentDocument = payment.PaymentDocument,
        };
        await overpayments.DecideAsync(subject.Lease, record, subject.Offer, ct);
        Decided(payment, record, subject);
        db.Add(record);
        await TermPaymentStore.SaveOnceAsync(db, payment.PaymentId, logger, ct);
    }

    /// <summary>The lease and what <paramref name="payment"/> pays (throws when the order names none: the provider confirmed something we never ordered).</summary>
    protected abstract Task<Subject> SubjectAsync(ConfirmedPayment payment, CancellationToken ct);

    /// <summary>After the over-payment decision, before saving (e.g. to log a buyout that did not complete the purchase).</summary>
    protected virtual void Decided(ConfirmedPayment payment, TermPayment record, Subject subject)
    {
    }

    /// <summary>What a payment pays.</summary>
    /// <param name="Lease">The lease.</param>
    /// <param name="Period">The installment's schedule period.</param>
    /// <param name="Offer">The buyout offer (A.29).</param>
    protected sealed record Subject(LeaseRecord Lease, int? Period = null, BuyoutOffer? Offer = null);
}
