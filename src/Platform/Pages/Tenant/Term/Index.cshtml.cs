using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.Term;
using RentToOwn.Platform.Term.Closing;
using RentToOwn.Platform.Term.Courts;
using RentToOwn.Platform.Term.Payments;
using RentToOwn.Platform.Term.Refunds;

namespace RentToOwn.Platform.Pages.Tenant.Term;

/// <summary>
/// The tenant's payments over the term: schedule with paid/due/arrears and Pay buttons, credit from over-payments and
/// refunds due, the early buyout (once the encumbrance is registered), the closing, and a court-ordered termination
/// explained (seed 000).
/// </summary>
public sealed class IndexModel(TermLeases leases, TermStatements statements, TermPayments payments, LeaseClosings closings, Terminations terminations,
    TermRefunds refunds, EdsTrust trust) : PageModel
{
    /// <summary>The tenant's leases.</summary>
    public IReadOnlyList<LeaseRecord> Leases { get; private set; } = [];

    /// <summary>The shown lease's statement.</summary>
    public TermStatement? Statement { get; private set; }

    /// <summary>Today's buyout amount (while the purchase is open).</summary>
    public BuyoutView? Buyout { get; private set; }

    /// <summary>The closing, once initiated.</summary>
    public ClosingView? Closing { get; private set; }

    /// <summary>The transfer contract's signing widget, on the tenant's turn.</summary>
    public SignWidgetModel? Widget { get; private set; }

    /// <summary>The lease's over-payment decisions (credits and refunds), newest first.</summary>
    public IReadOnlyList<TermAdjustmentView> Adjustments { get; private set; } = [];

    /// <summary>Seed 000: the court decision ending the lease, when KTK recorded one.</summary>
    public TerminationRecord? CourtTermination { get; private set; }

    /// <summary>Why the last action was refused.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the lease <paramref name="id"/> (default: the first).</summary>
    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>Pays the next period at the provider's checkout.</summary>
    public async Task<IActionResult> OnPostPayAsync(Guid id, int period, CancellationToken ct)
    {
        if (await leases.TenantLeaseAsync(User, id, ct) is not { } lease) return NotFound();
        var r = await payments.PayInstallmentAsync(lease, this.Caller().AccountId, period, ct);
        return await AfterAsync(id, r, ct);
    }

    /// <summary>Pays today's buyout amount at the provider's checkout.</summary>
    public async Task<IActionResult> OnPostBuyoutAsync(Guid id, CancellationToken ct)
    {
        if (await leases.TenantLeaseAsync(User, id, ct) is not { } lease) return NotFound();
        return await AfterAsync(id, await payments.PayBuyoutAsync(lease, this.Caller().AccountId, ct), ct);
    }

    private async Task<IActionResult> AfterAsync(Guid id, Outcome<PaymentStarted> r, CancellationToken ct)
    {
        if (r.Succeeded)
        {
            var back = Uri.EscapeDataString($"/Tenant/Term?id={id}");
            var url = r.Value!.CheckoutUrl.ToString();
            return Redirect(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "returnUrl=" + back);
        }

        await LoadAsync(id, ct);
        Error = r.Error;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid? id, CancellationToken ct)
    {
        Leases = await leases.OfTenantAsync(User, ct);
        var lease = id is null ? Leases.LastOrDefault() : Leases.FirstOrDefault(l => l.Id == id);
        if (lease is null) return id is null;
        Statement = await statements.StatementAsync(lease, ct);
        if (!Statement.PurchaseCompleted && Statement.Active) Buyout = (await payments.BuyoutAsync(lease, ct)).Value;
        Closing = await closings.ViewAsync(lease, ct);
        Adjustments = await refunds.ListAsync(lease.Id, refundsDueOnly: false, ct);
        var court = (await terminations.OfLeaseAsync(lease.Id, ct)).Where(t => t.Kind == TerminationKind.Involuntary).ToList();
        CourtTermination = court.FirstOrDefault(t => t.AcceptedAt is not null) ?? court.FirstOrDefault();
        if (Closing is { TransferSha256: not null } c && !c.Signatures.Any(s => s.Document == nameof(ClosingDocumentKind.Transfer))
            && await closings.OfLeaseAsync(lease.Id, ct) is { TransferPdf: { } pdf })
        {
            Widget = new SignWidgetModel(Convert.ToBase64String(pdf), $"/api/term/{lease.Id}/closing/transfer/signatures", $"/Tenant/Term?id={lease.Id}", trust.Options.NcaLayerUrls);
        }

        return true;
    }
}
