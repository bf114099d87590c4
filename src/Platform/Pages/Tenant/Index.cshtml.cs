using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Term;
using RentToOwn.Platform.Term.Closing;
using RentToOwn.Platform.Term.Payments;

namespace RentToOwn.Platform.Pages.Tenant;

/// <summary>
/// The tenant's dashboard (issue 14): one stepper over the whole journey — list (A.6) → application (A.8) → review (A.13)
/// → contract (A.17–A.18) → registration (A.25) → term → ownership — with the next action and its deadline.
/// Reads the tenant's own data only with live consent (A.9), audited.
/// </summary>
public sealed class IndexModel(PlatformDbContext db, PersonalDataAccess access, TermStatements statements, LeaseClosings closings) : PageModel
{
    /// <summary>The journey's steps in order.</summary>
    public static readonly string[] Steps = ["list", "application", "review", "contract", "registration", "term", "ownership"];

    /// <summary>The step the tenant is on.</summary>
    public string Current { get; private set; } = "list";

    /// <summary>Text key of the next action.</summary>
    public string NextKey { get; private set; } = "journey.next.list";

    /// <summary>Deadline of the next action, when it has one.</summary>
    public DateOnly? Deadline { get; private set; }

    /// <summary>Where the next action is done.</summary>
    public string NextUrl { get; private set; } = "/Tenant/Application";

    /// <summary>Whether the application was refused (the journey stops at review).</summary>
    public bool Refused { get; private set; }

    /// <summary>The term's statement, once the lease is in its term.</summary>
    public TermStatement? Statement { get; private set; }

    /// <summary>Shows the dashboard, or sends the tenant to the consent form first.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var iin = this.Caller().Iin;
        if (!await access.TryReadAsync(iin, iin, "read:dashboard", "application", ct)) return RedirectToPage("/Tenant/Consent");
        // Issue 17 (reads under load): only the columns shown — no application documents, no contract PDF.
        var entryDeadline = await db.RecipientListEntries.AsNoTracking().Where(e => e.Iin == iin).OrderByDescending(e => e.ApplicationDeadline)
            .Select(e => (DateOnly?)e.ApplicationDeadline).FirstOrDefaultAsync(ct);
        var app = await db.Applications.AsNoTracking().Where(a => a.TenantIin == iin).OrderByDescending(a => a.CreatedAt)
            .Select(a => new { a.Status, a.DecisionDeadline }).FirstOrDefaultAsync(ct);
        var leaseId = await db.Leases.AsNoTracking().Where(l => l.TenantIin == iin).OrderByDescending(l => l.CreatedAt)
            .Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
        Deadline = entryDeadline;
        if (leaseId is { } id)
        {
            await LeaseStepAsync(id, ct);
        }
        else if (app is null || app.Status == ApplicationStatus.Draft)
        {
            (Current, NextKey) = app is null ? ("list", "journey.next.list") : ("application", "journey.next.application");
        }
        else if (app.Status is ApplicationStatus.Submitted or ApplicationStatus.RefusalPending)
        {
            (Current, NextKey, Deadline) = ("review", "journey.next.review", app.DecisionDeadline);
        }
        else if (app.Status == ApplicationStatus.Refused)
        {
            (Current, NextKey, Deadline, Refused) = ("review", "journey.next.refused", null, true);
        }
        else
        {
            (Current, NextKey, Deadline, NextUrl) = ("contract", "journey.next.contract", null, "/Contracts");
        }

        return Page();
    }

    // The tenant's newest lease (A.18 → term): the full lease row (with its contract PDF) is read only once the term has begun.
    private async Task LeaseStepAsync(Guid leaseId, CancellationToken ct)
    {
        Deadline = null;
        var signedByKtk = await db.ContractSignatures.AnyAsync(s => s.LeaseId == leaseId && s.Role == "ktk-head", ct);
        if (!signedByKtk)
        {
            (Current, NextKey, NextUrl) = ("contract", "journey.next.contract", $"/Contracts?id={leaseId}");
            return;
        }

        var registered = await db.Set<RegistrationApplication>().AnyAsync(r => r.LeaseId == leaseId && r.Kind == RegistrationKind.LeaseEncumbrance && r.Status == RegistrationStatus.Registered, ct);
        if (!registered)
        {
            (Current, NextKey, NextUrl) = ("registration", "journey.next.registration", "/Tenant/Registration");
            return;
        }

        var lease = await db.Leases.AsNoTracking().SingleAsync(l => l.Id == leaseId, ct);
        Statement = await statements.StatementAsync(lease, ct);
        if (Statement.PurchaseCompleted || await closings.ViewAsync(lease, ct) is not null)
        {
            (Current, NextKey, NextUrl) = ("ownership", "journey.next.ownership", $"/Tenant/Term?id={lease.Id}");
            return;
        }

        (Current, NextKey, NextUrl, Deadline) = ("term", Statement.ArrearsTiyn > 0 ? "journey.next.arrears" : "journey.next.term", $"/Tenant/Term?id={lease.Id}", Statement.NextPeriod?.EffectiveDueDate);
    }
}
