using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Domain.Calendar;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Auditing;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Recipients;

namespace RentToOwn.Platform.Pages.Officer.RecipientLists;

/// <summary>One uploaded list with its recipients; only the officer who uploaded it may open it. Every read is audited.</summary>
public sealed class DetailsModel(PlatformDbContext db, PersonalDataAudit audit, DeadlineCalculator deadlines) : PageModel
{
    /// <summary>A.7: recipients whose 15-day window passed without a submitted application.</summary>
    public HashSet<string> Missed { get; } = [];

    /// <summary>Recipients who submitted an application.</summary>
    public HashSet<string> Submitted { get; } = [];

    /// <summary>The list.</summary>
    public RecipientList List { get; private set; } = null!;

    /// <summary>Shows the list, or 404 when it is not this officer's.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = this.Caller().Iin;
        var list = await db.RecipientLists.Include(l => l.Entries).AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct);
        if (list is null || list.ImportedByIin != me)
        {
            if (list is not null)
            {
                await audit.RecordAsync(me, [null], "read:recipient-list", $"recipient-list/{id}", allowed: false, ct);
            }

            return NotFound();
        }

        await audit.RecordAsync(me, list.Entries.Select(e => (string?)e.Iin), "read:recipient-list", $"recipient-list/{id}", allowed: true, ct);
        List = list;
        var iins = list.Entries.Select(e => e.Iin).ToList();
        Submitted.UnionWith(await db.Applications.Where(a => iins.Contains(a.TenantIin) && a.Status != ApplicationStatus.Draft).Select(a => a.TenantIin).ToListAsync(ct));
        var today = deadlines.Today;
        Missed.UnionWith(list.Entries.Where(e => e.ApplicationDeadline < today && !Submitted.Contains(e.Iin)).Select(e => e.Iin)); // A.7
        return Page();
    }
}
