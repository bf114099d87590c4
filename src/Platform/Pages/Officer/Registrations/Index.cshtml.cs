using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Pages.Officer.Registrations;

/// <summary>KTK's registration cabinet (A.19, A.29, A.38): form the application from a signed contract, follow every application, A.38 alerts, file now (signed and paid, A.22), the head's signature of a termination, KTK's certification of a lease application (A.22).</summary>
[Authorize(Roles = CabinetPolicies.Officer + "," + CabinetPolicies.Head)]
public sealed class IndexModel(RegistrationSteps steps, RegistrationWorkflow workflow, PlatformDbContext db, EdsTrust trust) : PageModel
{
    /// <summary>Every application, newest first.</summary>
    public List<RegistrationView> Applications { get; } = [];

    /// <summary>Leases whose contract is signed by every party and have no open lease-encumbrance application.</summary>
    public List<LeaseRecord> Formable { get; } = [];

    /// <summary>A.38 alerts.</summary>
    public List<RegistrationAlert> Alerts { get; private set; } = [];

    /// <summary>The selected application.</summary>
    public RegistrationView? Selected { get; private set; }

    /// <summary>The head's signing widget (termination).</summary>
    public SignWidgetModel? Widget { get; private set; }

    /// <summary>Why the last action failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Lists; <paramref name="id"/> selects one.</summary>
    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>A.19: forms the application from the lease's signed contract.</summary>
    public async Task<IActionResult> OnPostFormAsync(Guid leaseId, CancellationToken ct)
    {
        if (!User.IsInRole(CabinetPolicies.Officer)) return Forbid();
        var (r, id) = await steps.FormFromLeaseAsync(leaseId, this.Caller().AccountId, ct);
        if (r.Succeeded) return RedirectToPage(new { id });
        Error = r.Error;
        await LoadAsync(null, ct);
        return Page();
    }

    /// <summary>Files the application with the cadastre now.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct)
    {
        if (!User.IsInRole(CabinetPolicies.Officer)) return Forbid();
        var r = await workflow.SubmitNowAsync(id, ct);
        if (r.Succeeded) return RedirectToPage(new { id });
        Error = r.Error;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid? id, CancellationToken ct)
    {
        foreach (var a in await steps.ListAsync(this.Caller(), ct)) Applications.Add(await RegistrationApi.ViewAsync(db, a.Id, ct));
        Alerts = (await db.Set<RegistrationAlert>().AsNoTracking().ToListAsync(ct)).OrderByDescending(a => a.RaisedAt).ToList();
        var open = await db.Set<RegistrationApplication>().Where(a => a.Kind == RegistrationKind.LeaseEncumbrance && a.Status != RegistrationStatus.Refused)
            .Select(a => a.LeaseId).ToListAsync(ct);
        foreach (var lease in await db.Leases.AsNoTracking().Include(l => l.Guarantors).Where(l => l.ContractPdf != null && !open.Contains(l.Id)).ToListAsync(ct))
        {
            var signed = await db.ContractSignatures.CountAsync(s => s.LeaseId == lease.Id, ct);
            if (signed == ContractSigners.Count(lease)) Formable.Add(lease);
        }

        Selected = id is { } sid ? Applications.SingleOrDefault(a => a.Id == sid) : null;
        if (Selected is { Kind: nameof(RegistrationKind.EncumbranceTermination) } t && t.Missing.Contains("signature") && User.IsInRole(CabinetPolicies.Head))
        {
            var app = await db.Set<RegistrationApplication>().AsNoTracking().SingleAsync(a => a.Id == t.Id, ct);
            Widget = new SignWidgetModel(Convert.ToBase64String(app.FormDocument), $"/api/registrations/{t.Id}/signature", $"/Officer/Registrations?id={t.Id}", trust.Options.NcaLayerUrls);
        }
        else if (Selected is { Kind: nameof(RegistrationKind.LeaseEncumbrance) } l && l.Missing.Contains("ktk-signature") && !l.Missing.Contains("signature"))
        {
            // A.22: KTK's authorised person certifies the application the tenant signed.
            var app = await db.Set<RegistrationApplication>().AsNoTracking().SingleAsync(a => a.Id == l.Id, ct);
            Widget = new SignWidgetModel(Convert.ToBase64String(app.FormDocument), $"/api/registrations/{l.Id}/ktk-signature", $"/Officer/Registrations?id={l.Id}", trust.Options.NcaLayerUrls);
        }
    }
}
