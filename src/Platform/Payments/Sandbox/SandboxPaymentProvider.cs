using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Payments.Sandbox;

/// <summary>
/// The local stand-in for a bank's acquiring service behind <see cref="IPaymentProvider"/>: it opens the order in
/// its own books and sends the payer to its checkout page on the platform (<c>/Payments/Checkout/{id}</c>).
/// Confirmation comes later and asynchronously, as a signed callback (<see cref="SandboxCallbackSender"/>).
/// </summary>
public sealed class SandboxPaymentProvider(PlatformDbContext db, TimeProvider time) : IPaymentProvider
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
}
