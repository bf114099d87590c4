using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Pages.Head;

/// <summary>A.16: refusals waiting for KTK head's EDS; the widget signs the first one.</summary>
public sealed class IndexModel(Decisions decisions, EdsTrust trust, ContractSigning contracts, RentToOwn.Platform.Auditing.PersonalDataAudit audit) : PageModel
{
    /// <summary>A.18: contracts every other party has signed, waiting for the head's signature (the last one).</summary>
    public IReadOnlyList<LeaseRecord> ContractsToSign { get; private set; } = [];

    /// <summary>Pending refusals.</summary>
    public IReadOnlyList<TenantApplication> Pending { get; private set; } = [];

    /// <summary>Signing widget for the first pending refusal.</summary>
    public SignWidgetModel? Widget { get; private set; }

    /// <summary>Shows them.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        Pending = await decisions.PendingRefusalsAsync(ct);
        // Issue 15 §2: the head reads the refused applicants' data; audited (the refusal must be signed either way, A.16).
        if (Pending.Count > 0)
        {
            await audit.RecordAsync(this.Caller().Iin, Pending.Select(a => a.TenantIin), "read:refusal", "head/refusals", allowed: true, ct);
        }

        var leases = await contracts.MineAsync(this.Caller().Iin, isHead: true, ct);
        var waiting = new List<LeaseRecord>();
        foreach (var lease in leases)
        {
            if ((await contracts.SignaturesAsync(lease.Id, ct)).Count == ContractSigners.Count(lease) - 1) waiting.Add(lease);
        }

        ContractsToSign = waiting;
        if (Pending.Count > 0)
        {
            var first = Pending[0];
            Widget = new SignWidgetModel(Convert.ToBase64String(RefusalText.Bytes(first)), $"/api/head/refusals/{first.Id}/signature", "/Head", trust.Options.NcaLayerUrls);
        }
    }
}
