using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Term;
using RentToOwn.Platform.Term.Closing;
using RentToOwn.Platform.Term.Payments;

namespace RentToOwn.Platform.Pages.Officer.Leases;

/// <summary>KTK: every lease with its payment status and arrears.</summary>
public sealed class IndexModel(TermLeases leases, TermStatements statements, LeaseClosings closings) : PageModel
{
    /// <summary>The leases.</summary>
    public IReadOnlyList<TermApi.LeaseSummary> Leases { get; private set; } = [];

    /// <summary>Lists them.</summary>
    public async Task OnGetAsync(CancellationToken ct)
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
    }
}
