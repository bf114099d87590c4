using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Payments.Sandbox;

/// <summary>
/// The local stand-in for a bank's acquiring service behind <see cref="IPaymentProvider"/>: it opens the order in
/// its own books and sends the payer to its checkout page on the platform (<c>/Payments/Checkout/{id}</c>).
/// Confirmation comes later and asynchronously, as a signed callback (<see cref="SandboxCallbackSender"/>). A refund is
/// answered at once with the acquirer's signed refund document (a faithful stand-in: no money moves).
/// </summary>
public sealed class SandboxPaymentProvider(PlatformDbContext db, TimeProvider time, SandboxAcquirerKey key) : IPaymentProvider
{
    /// <summary>The checkout page of a payment.</summary>
    public static Uri CheckoutUrl(Guid paymentId) => new($"/Payments/Checkout/{paymentId}", UriKind.Relative);

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The order is malformed (amount, subject, description).</exception>
    public async Task<PaymentIntent> CreateAsync(PaymentOrder order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.AmountTiyn <= 0) throw new ArgumentException("The amount must be positive.", nameof(order));
        if (string.IsNullOrWhiteSpace(order.SubjectId) || order.SubjectId.Length > 100) throw new ArgumentException("The subject id is required (at most 100 characters).", nameof(order));
        if (string.IsNullOrWhiteSpace(order.Description) || order.Description.Length > 500) throw new ArgumentException("The description is required (at most 500 characters).", nameof(order));

        // An open order for the same thing and amount is reused (a payer reloading the page does not pay twice).
        var open = await db.Set<PaymentRecord>().FirstOrDefaultAsync(p => p.Purpose == order.Purpose && p.SubjectId == order.SubjectId
            && p.Status == PaymentStatus.Pending && p.AmountTiyn == order.AmountTiyn && p.PayerAccountId == order.PayerAccountId, ct);
        if (open is not null) return new PaymentIntent(open.Id, open.ProviderReference, new Uri(open.CheckoutUrl, UriKind.Relative));

        var id = Guid.NewGuid();
        var reference = "SBX-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
        var now = time.GetUtcNow();
        var checkout = CheckoutUrl(id);
        db.Add(new PaymentRecord
        {
            Id = id, LeaseId = order.LeaseId, Purpose = order.Purpose, SubjectId = order.SubjectId, AmountTiyn = order.AmountTiyn,
            PayerAccountId = order.PayerAccountId, Description = order.Description, Status = PaymentStatus.Pending,
            ProviderReference = reference, CheckoutUrl = checkout.ToString(), CreatedAt = now,
        });
        db.Add(new SandboxOrder
        {
            Reference = reference, PaymentId = id, AmountTiyn = order.AmountTiyn, Description = order.Description,
            PayerAccountId = order.PayerAccountId, Status = SandboxOrderStatus.Open, CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return new PaymentIntent(id, reference, checkout);
    }

    /// <inheritdoc />
    public async Task<PaymentRefund> RefundAsync(Guid paymentId, long amountTiyn, string reason, CancellationToken ct)
    {
        if (amountTiyn <= 0) throw new InvalidOperationException("The refund amount must be positive.");
        var order = await db.Set<SandboxOrder>().SingleOrDefaultAsync(o => o.PaymentId == paymentId, ct)
            ?? throw new InvalidOperationException($"The acquirer has no order for payment {paymentId}.");
        if (order.Status != SandboxOrderStatus.Paid) throw new InvalidOperationException($"Payment {paymentId} was not paid ({order.Status}); nothing to refund.");
        if (order.RefundReference is not null) throw new InvalidOperationException($"Payment {paymentId} is already refunded ({order.RefundReference}).");
        if (amountTiyn > order.AmountTiyn) throw new InvalidOperationException($"The refund of {amountTiyn} tiyn exceeds the payment of {order.AmountTiyn} tiyn.");
        var at = time.GetUtcNow();
        var reference = "SBX-R-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
        order.RefundedTiyn = amountTiyn;
        order.RefundReference = reference;
        order.RefundedAt = at;
        await db.SaveChangesAsync(ct);
        var (receipt, signature) = SandboxReceipt.CreateRefund(order, reference, amountTiyn, at, key);
        return new PaymentRefund(paymentId, reference, amountTiyn, at, receipt, signature);
    }
}
