using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Term;
using RentToOwn.Platform.Term.Closing;
using RentToOwn.Platform.Term.Payments;
using RentToOwn.Platform.Term.Refunds;

namespace RentToOwn.Platform.Pages.Officer.Leases;

/// <summary>KTK: every lease with its payment status and arrears, and the over-payments due back to tenants (refunded through the provider).</summary>
public sealed class IndexModel(TermLeases leases, TermStatements statements, LeaseClosings closings, TermRefunds refunds) : PageModel
{
    /// <summary>The leases.</summary>
    public IReadOnlyList<TermApi.LeaseSummary> Leases { get; private set; } = [];

    /// <summary>Over-payments due back to tenants, newest first.</summary>
    public IReadOnlyList<TermAdjustmentView> RefundsDue { get; private set; } = [];

    /// <summary>Result of the last refund.</summary>
    public string? Message { get; private set; }

    /// <summary>True when <see cref="Message"/> is a refusal.</summary>
    public bool IsError { get; private set; }

    /// <summary>Lists them.</summary>
    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    /// <summary>Has the payment provider refund the over-payment <paramref name="adjustmentId"/> to the tenant.</summary>
    public async Task<IActionResult> OnPostRefundAsync(Guid adjustmentId, CancellationToken ct)
    {
        var r = await refunds.RefundAsync(adjustmentId, this.Caller().AccountId, this.Caller().Iin, ct);
        (Message, IsError) = r.Succeeded ? ($"{r.Value!.LeaseNumber}: {r.Value.RefundReference}", false) : (r.Error, true);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var list = new List<TermApi.LeaseSummary>();
        foreach (var l in await leases.AllAsync(ct))
        {
            var s = await statements.StatementAsync(l, ct);
            var c = await closings.ViewAsync(l, ct);
            list.Add(new TermApi.LeaseSummary(l.Id, l.Number, l.TenantName, s.Active, s.PaidPeriods, s.Periods.Count, s.ArrearsTiyn, s.OverduePeriods,
                s.MaxDaysOverdue, s.PurchaseCompleted, c?.State));
        }

        Leases = list;
        RefundsDue = await refunds.ListAsync(null, refundsDueOnly: true, ct);
    }
}
