using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Pages.Registrar.Registrations;

/// <summary>A.21, A.30: the registrar countersigns the cadastre findings of their recorded verdict (the exact protobuf bytes the cadastre verifies).</summary>
[Authorize(Policy = CabinetPolicies.Registrar)]
public sealed class IndexModel(RegistrationSteps steps, PlatformDbContext db, EdsTrust trust) : PageModel
{
    /// <summary>Applications awaiting a verdict for the cadastre that this registrar recorded.</summary>
    public List<RegistrationView> Pending { get; } = [];

    /// <summary>The widget for the selected one.</summary>
    public SignWidgetModel? Widget { get; private set; }

    /// <summary>Lists; <paramref name="id"/> opens the widget.</summary>
    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        var iin = PlatformClaims.IinOf(User)!;
        foreach (var a in await steps.ListAsync(User, ct))
        {
            if (a.IsFinal || a.VerdictCms is not null) continue;
            var (r, findings) = await steps.FindingsAsync(a, iin, ct);
            if (!r.Succeeded) continue;
            Pending.Add(await RegistrationApi.ViewAsync(db, a.Id, ct));
            if (a.Id == id) Widget = new SignWidgetModel(Convert.ToBase64String(findings!), $"/api/registrations/{a.Id}/verdict", "/Registrar/Registrations", trust.Options.NcaLayerUrls);
        }

        return Page();
    }
}
