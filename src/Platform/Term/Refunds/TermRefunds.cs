using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Auditing;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Term.Refunds;

/// <summary>
/// Over-payments due back to tenants, and their refund through the <see cref="IPaymentProvider"/> by a KTK officer
/// (the sandbox acquirer answers with a signed refund receipt). Each refund is audited and on the ledger.
/// </summary>
public sealed class TermRefunds(PlatformDbContext db, TermAdjustmentLedger ledger, IEnumerable<IPaymentProvider> providers, TimeProvider time)
{
    /// <summary>Every over-payment decision of <paramref name="leaseId"/> (null: of every lease), newest first.</summary>
    public async Task<List<TermAdjustmentView>> ListAsync(Guid? leaseId, bool refundsDueOnly, CancellationToken ct)
    {
        var q = db.Set<TermAdjustment>().AsNoTracking().AsQueryable();
        if (leaseId is { } id) q = q.Where(a => a.LeaseId == id);
        if (refundsDueOnly) q = q.Where(a => a.Kind == TermAdjustmentKind.Refund && a.RefundedAt == null);
        var rows = await q.Join(db.Leases, a => a.LeaseId, l => l.Id, (a, l) => new { a, l.Number, l.TenantName }).ToListAsync(ct);
        return rows.OrderByDescending(r => r.a.DecidedAt)
            .Select(r => new TermAdjustmentView(r.a.Id, r.a.LeaseId, r.Number, r.TenantName, r.a.PaymentId, r.a.Kind, r.a.AmountTiyn, r.a.Reason, r.a.DecidedAt,
                r.a.RefundedAt, r.a.RefundReference)).ToList();
    }

    /// <summary>A KTK officer has the provider refund a due over-payment; 404 unknown, 409 already refunded or refused by the provider.</summary>
    public async Task<Outcome<TermAdjustmentView>> RefundAsync(Guid id, Guid officer, string officerIin, CancellationToken ct)
    {
        var a = await db.Set<TermAdjustment>().SingleOrDefaultAsync(x => x.Id == id && x.Kind == TermAdjustmentKind.Refund, ct);
        if (a is null) return Outcome<TermAdjustmentView>.Refused(404, "term.refused.no_refund");
        if (a.RefundedAt is not null) return Outcome<TermAdjustmentView>.Refused(409, "term.refused.refunded", a.RefundReference);
        if (providers.LastOrDefault() is not { } provider) return Outcome<TermAdjustmentView>.Refused(503, "term.refused.no_provider");
        PaymentRefund refund;
        try
        {
            refund = await provider.RefundAsync(a.PaymentId, a.AmountTiyn, $"Over-payment ({a.Reason})", ct);
        }
        catch (InvalidOperationException e)
        {
            return Outcome<TermAdjustmentView>.Refused(409, "term.refused.refund_refused", e.Message);
        }

        var lease = await db.Leases.AsNoTracking().SingleAsync(l => l.Id == a.LeaseId, ct);
        a.RefundReference = refund.RefundReference;
        a.RefundedAt = refund.RefundedAt;
        a.RefundedByAccountId = officer;
        a.RefundDocument = refund.Receipt;
        a.RefundReceiptId = (await ledger.RecordRefundAsync(a, refund, ct)).Id;
        db.AuditLog.Add(new AuditEntry
        {
            At = time.GetUtcNow(), Actor = officerIin, SubjectIin = lease.TenantIin, Action = "term:refunded", Resource = $"payment:{a.PaymentId}", Allowed = true,
        });
        await db.SaveChangesAsync(ct);
        return Outcome<TermAdjustmentView>.Ok(new TermAdjustmentView(a.Id, a.LeaseId, lease.Number, lease.TenantName, a.PaymentId, a.Kind, a.AmountTiyn, a.Reason,
            a.DecidedAt, a.RefundedAt, a.RefundReference));
    }
}
