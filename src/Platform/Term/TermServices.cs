using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Term.Closing;
using RentToOwn.Platform.Term.Courts;
using RentToOwn.Platform.Term.Payments;
using RentToOwn.Platform.Term.Refunds;

namespace RentToOwn.Platform.Term;

/// <summary>What the term endpoints need, bound with <c>[AsParameters]</c>.</summary>
/// <param name="Leases">The leases the caller may see (its tenant, KTK staff).</param>
/// <param name="Statements">Statements: periods due, paid and overdue.</param>
/// <param name="Payments">Installments and the early buyout through the payment provider.</param>
/// <param name="Refunds">Over-payment credits and refunds.</param>
/// <param name="Closings">The closing (A.29–A.31).</param>
/// <param name="Terminations">Seed-000 terminations.</param>
/// <param name="User">The caller.</param>
public sealed record TermServices(TermLeases Leases, TermStatements Statements, TermPayments Payments, TermRefunds Refunds, LeaseClosings Closings,
    Terminations Terminations, CurrentUser User)
{
    /// <summary>The lease <paramref name="id"/> if the caller may see it (its tenant or KTK staff); else null.</summary>
    public Task<LeaseRecord?> FindAsync(Guid id, CancellationToken ct) => Leases.FindAsync(User.Principal, id, ct);

    /// <summary>The lease <paramref name="id"/> if the caller is its tenant; else null.</summary>
    public Task<LeaseRecord?> TenantLeaseAsync(Guid id, CancellationToken ct) => Leases.TenantLeaseAsync(User.Principal, id, ct);
}
