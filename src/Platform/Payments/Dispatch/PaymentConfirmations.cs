using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Payments.Dispatch;

/// <summary>
/// Runs every <see cref="IPaymentConfirmationHandler"/> of a confirmed payment's purpose exactly once, durably:
/// each completed handler is recorded (<see cref="PaymentHandlerRun"/>), a throwing one is retried later, and the
/// payment is marked done when all have run. One dispatch at a time per instance.
/// </summary>
public sealed class PaymentConfirmations(IServiceScopeFactory scopes, TimeProvider time, ChangeSignals signals, ILogger<PaymentConfirmations> log)
{
    private readonly SemaphoreSlim _dispatch = new(1, 1);

    /// <summary>Serialises callback processing (duplicates arriving together).</summary>
    public SemaphoreSlim CallbackGate { get; } = new(1, 1);

    /// <summary>Dispatches every confirmed payment whose handlers have not all run; returns how many handler calls failed.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken ct)
    {
        await _dispatch.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var pending = await db.Set<PaymentRecord>().Where(p => p.Status == PaymentStatus.Confirmed && p.HandlersDoneAt == null)
                .Select(p => p.Id).ToListAsync(ct);
            var failures = 0;
            foreach (var id in pending)
            {
                failures += await DispatchOneAsync(id, ct);
            }

            return failures;
        }
        finally
        {
            _dispatch.Release();
        }
    }

    private async Task<int> DispatchOneAsync(Guid paymentId, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var payment = await db.Set<PaymentRecord>().SingleAsync(p => p.Id == paymentId, ct);
        var done = (await db.Set<PaymentHandlerRun>().Where(r => r.PaymentId == paymentId).Select(r => r.Handler).ToListAsync(ct)).ToHashSet();
        var confirmed = new ConfirmedPayment(payment.Id, payment.ToOrder(), payment.ProviderReference, payment.PaidAt!.Value, payment.PaymentDocument!);
        var failures = 0;
        foreach (var handler in scope.ServiceProvider.GetServices<IPaymentConfirmationHandler>().Where(h => h.Purpose == payment.Purpose))
        {
            var name = handler.GetType().FullName!;
            if (done.Contains(name)) continue;
            try
            {
                await handler.HandleAsync(confirmed, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                failures++;
                log.LogWarning(e, "Payment {PaymentId}: confirmation handler {Handler} failed; it will be retried", paymentId, name);
                db.ChangeTracker.Clear();
                continue;
            }

            db.ChangeTracker.Clear();
            db.Add(new PaymentHandlerRun { Id = Guid.NewGuid(), PaymentId = paymentId, Handler = name, CompletedAt = time.GetUtcNow() });
            await db.SaveChangesAsync(ct);
            done.Add(name);
        }

        if (failures == 0)
        {
            await db.Set<PaymentRecord>().Where(p => p.Id == paymentId)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.HandlersDoneAt, time.GetUtcNow()), ct);
            signals.Notify(paymentId); // a payer's client waiting on GET /api/payments/{id}?wait=…
        }

        return failures;
    }
}
