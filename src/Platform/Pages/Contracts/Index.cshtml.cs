using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Domain.Leases;
using RentToOwn.Domain.Leases.Taxes;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Pages.Contracts;

/// <summary>
/// A.17–A.18: the caller's contracts; with <c>id</c>, one contract — schedules, early-buyout quote, signatures with
/// their ledger receipts, and the signing widget when it is the caller's turn. Another person's id is a 404.
/// </summary>
public sealed class IndexModel(ContractSigning signing, ContractSchedules schedules, EdsTrust trust, TimeProvider time) : PageModel
{
    /// <summary>The caller's contracts.</summary>
    public IReadOnlyList<LeaseRecord> Mine { get; private set; } = [];

    /// <summary>The open contract.</summary>
    public LeaseRecord? Lease { get; private set; }

    /// <summary>Its accepted signatures.</summary>
    public IReadOnlyList<ContractSignature> Signatures { get; private set; } = [];

    /// <summary>Leaf index of each signature's receipt.</summary>
    public IReadOnlyDictionary<Guid, long> Leaves { get; private set; } = new Dictionary<Guid, long>();

    /// <summary>A.17 payment schedule.</summary>
    public PaymentSchedule? Payments { get; private set; }

    /// <summary>A.17 tax estimate.</summary>
    public IReadOnlyList<TaxScheduleRow> Taxes { get; private set; } = [];

    /// <summary>Early-buyout quote today (null before the start date).</summary>
    public BuyoutQuote? Buyout { get; private set; }

    /// <summary>Who signs next; null when complete.</summary>
    public string? Next { get; private set; }

    /// <summary>Signing widget when the caller signs next.</summary>
    public SignWidgetModel? Widget { get; private set; }

    /// <summary>Shows the list or one contract.</summary>
    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        var iin = this.Caller().Iin;
        var head = User.IsInRole(CabinetPolicies.Head);
        Mine = await signing.MineAsync(iin, head, ct);
        if (id is null) return Page();
        Lease = await signing.FindAsync(iin, head, id.Value, ct);
        if (Lease?.ContractPdf is null) return NotFound();
        Signatures = await signing.SignaturesAsync(Lease.Id, ct);
        Leaves = (await signing.ReceiptsAsync(Signatures, ct)).ToDictionary(r => r.Key, r => r.Value.LeafIndex);
        Payments = ContractSchedules.Payments(Lease);
        Taxes = schedules.Taxes(Payments);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        Buyout = today >= Lease.StartDate ? EarlyBuyout.Quote(Payments, today) : null;
        var required = ContractSigners.Count(Lease);
        Next = Signatures.Count < required ? ContractSigning.Describe(Lease, Signatures.Count) : null;
        if (Next is not null && ContractSigners.StepOf(Lease, iin, head) == Signatures.Count)
        {
            Widget = new SignWidgetModel(Convert.ToBase64String(Lease.ContractPdf), $"/api/contracts/{Lease.Id}/signatures",
                $"/Contracts?id={Lease.Id}", trust.Options.NcaLayerUrls);
        }

        return Page();
    }
}
