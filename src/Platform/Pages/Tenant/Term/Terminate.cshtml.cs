using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.Term;
using RentToOwn.Platform.Term.Closing;

namespace RentToOwn.Platform.Pages.Tenant.Term;

/// <summary>Seed 000: the tenant ends the lease without purchase by signing the request with their own EDS.</summary>
public sealed class TerminateModel(TermLeases leases, EdsTrust trust) : PageModel
{
    /// <summary>The request's text (the exact signed bytes, UTF-8).</summary>
    public string RequestText { get; private set; } = "";

    /// <summary>The widget over the request.</summary>
    public SignWidgetModel Widget { get; private set; } = null!;

    /// <summary>Shows the request of lease <paramref name="id"/>.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await leases.TenantLeaseAsync(User, id, ct) is not { } lease) return NotFound();
        var bytes = ClosingDocuments.VoluntaryRequest(lease);
        RequestText = Encoding.UTF8.GetString(bytes);
        Widget = new SignWidgetModel(Convert.ToBase64String(bytes), $"/api/term/{id}/terminations/voluntary", $"/Tenant/Term?id={id}", trust.Options.NcaLayerUrls);
        return Page();
    }
}
