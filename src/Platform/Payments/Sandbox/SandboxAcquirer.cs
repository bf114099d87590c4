using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Payments.Sandbox;

/// <summary>The sandbox acquirer's checkout: the payer pays or declines; the callback follows after a delay.</summary>
public sealed class SandboxAcquirer(PlatformDbContext db, TimeProvider time, IOptions<PaymentsOptions> options, SandboxCallbackSender sender)
{
    /// <summary>The payer's open or decided order, or null when it is not theirs (as if it did not exist).</summary>
    public Task<SandboxOrder?> FindAsync(Guid paymentId, Guid payerAccountId, CancellationToken ct) =>
        db.Set<SandboxOrder>().SingleOrDefaultAsync(o => o.PaymentId == paymentId && o.PayerAccountId == payerAccountId, ct);

    /// <summary>The payer pays (<paramref name="pay"/>) or declines; else why not (409, <c>payment.refused.…</c>).</summary>
    public async Task<Outcome> DecideAsync(Guid paymentId, Guid payerAccountId, bool pay, CancellationToken ct)
    {
        var order = await FindAsync(paymentId, payerAccountId, ct);
        if (order is null) return Outcome.Refused(StatusCodes.Status409Conflict, "payment.refused.not_yours");
        if (order.Status != SandboxOrderStatus.Open)
        {
            return order.Status == (pay ? SandboxOrderStatus.Paid : SandboxOrderStatus.Declined) ? Outcome.Ok
                : Outcome.Refused(StatusCodes.Status409Conflict, order.Status == SandboxOrderStatus.Paid ? "payment.refused.already_paid" : "payment.refused.already_declined");
        }

        var now = time.GetUtcNow();
        order.Status = pay ? SandboxOrderStatus.Paid : SandboxOrderStatus.Declined;
        order.DecidedAt = now;
        // The acquirer confirms asynchronously, after its own processing delay.
        order.CallbackDueAt = now + options.Value.Sandbox.ConfirmationDelay;
        await db.SaveChangesAsync(ct);
        sender.Wake();
        return Outcome.Ok;
    }
}
