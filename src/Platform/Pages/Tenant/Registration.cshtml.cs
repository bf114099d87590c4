using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Pages.Tenant;

/// <summary>A.19–A.28 in the tenant's cabinet: status timeline, notices, the cadastre's reason with its legal ground, and the next action (consent, sign, pay).</summary>
[Authorize]
public sealed class RegistrationModel(RegistrationSteps steps, PlatformDbContext db, EdsTrust trust) : PageModel
{
    /// <summary>The applications shown.</summary>
    public List<RegistrationView> Applications { get; } = [];

    /// <summary>The widget for the next signature, if any.</summary>
    public SignWidgetModel? Widget { get; private set; }

    /// <summary>What the widget signs: consent or form.</summary>
    public string? WidgetStep { get; private set; }

    /// <summary>The text being signed (shown above the widget).</summary>
    public string? WidgetText { get; private set; }

    /// <summary>The application the tenant may pay the fee of.</summary>
    public Guid? PayableId { get; private set; }

    /// <summary>Why the last action failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the tenant's (or spouse's) applications; <paramref name="id"/> selects one.</summary>
    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>A.22: orders the fee and goes to the provider's checkout.</summary>
    public async Task<IActionResult> OnPostPayAsync(Guid id, CancellationToken ct)
    {
        if (await steps.VisibleAsync(id, this.Caller(), ct) is not { } found) return NotFound();
        var (r, intent) = await steps.OrderFeeAsync(found.App, found.Lease, this.Caller(), ct);
        if (!r.Succeeded)
        {
            Error = r.Error;
            await LoadAsync(id, ct);
            return Page();
        }

        return Redirect($"{intent!.CheckoutUrl}?returnUrl={Uri.EscapeDataString($"/Tenant/Registration?id={id}")}");
    }

    private async Task LoadAsync(Guid? id, CancellationToken ct)
    {
        var caller = this.Caller();
        var iin = caller.Iin;
        var mine = (await steps.ListAsync(caller, ct)).Where(a => id is null || a.Id == id).ToList();
        foreach (var a in mine)
        {
            var found = (await steps.VisibleAsync(a.Id, caller, ct))!.Value;
            if (found.Lease.TenantIin != iin && found.Lease.SpouseIin != iin) continue; // the tenant's cabinet shows their own leases only
            var view = await RegistrationApi.ViewAsync(db, a.Id, ct);
            Applications.Add(view);
            if (found.Lease.TenantIin != iin || a.IsFinal) continue;
            // The next action of the tenant: consent (A.20), then the signature (A.20, A.31), then the fee (A.22).
            if (Widget is null && view.Missing.Contains("consent"))
            {
                var form = await steps.ConsentFormAsync(found.App, found.Lease, Languages.Current, ct);
                WidgetStep = "consent";
                WidgetText = System.Text.Encoding.UTF8.GetString(form);
                Widget = new SignWidgetModel(Convert.ToBase64String(form), $"/api/registrations/{a.Id}/consent", $"/Tenant/Registration?id={a.Id}", trust.Options.NcaLayerUrls);
            }
            else if (Widget is null && view.Missing.Contains("signature") && a.Kind != RentToOwn.Platform.Registration.RegistrationKind.EncumbranceTermination)
            {
                WidgetStep = "form";
                WidgetText = System.Text.Encoding.UTF8.GetString(a.FormDocument);
                Widget = new SignWidgetModel(Convert.ToBase64String(a.FormDocument), $"/api/registrations/{a.Id}/signature", $"/Tenant/Registration?id={a.Id}", trust.Options.NcaLayerUrls);
            }

            if (PayableId is null && view.Missing.Contains("fee") && a.Kind != RentToOwn.Platform.Registration.RegistrationKind.EncumbranceTermination) PayableId = a.Id;
        }
    }
}
