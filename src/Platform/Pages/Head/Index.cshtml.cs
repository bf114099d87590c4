using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Pages.Head;

/// <summary>A.16: refusals waiting for KTK head's EDS; the widget signs the first one.</summary>
public sealed class IndexModel(Decisions decisions, EdsTrust trust, RentToOwn.Platform.Auditing.PersonalDataAudit audit) : PageModel
{
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
            await audit.RecordAsync(Identity.PlatformClaims.IinOf(User)!, Pending.Select(a => a.TenantIin), "read:refusal", "head/refusals", allowed: true, ct);
        }
        if (Pending.Count > 0)
        {
            var first = Pending[0];
            Widget = new SignWidgetModel(Convert.ToBase64String(RefusalText.Bytes(first)), $"/api/head/refusals/{first.Id}/signature", "/Head", trust.Options.NcaLayerUrls);
        }
    }
}
