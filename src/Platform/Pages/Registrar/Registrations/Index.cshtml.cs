using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.Pages.Registrar.Registrations;

/// <summary>
/// A.21, A.30: the applications that carry a verdict this registrar recorded in the video room, with their status. There
/// is nothing to sign here: the one signature in the room is what the cadastre verifies.
/// </summary>
[Authorize(Policy = CabinetPolicies.Registrar)]
public sealed class IndexModel(RegistrationSteps steps, PlatformDbContext db) : PageModel
{
    /// <summary>Applications carrying one of my verdicts, newest first.</summary>
    public List<RegistrationView> Carrying { get; } = [];

    /// <summary>Lists them.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (this.CallerOrNull()?.AccountId is not { } me) return Forbid();
        var mine = await db.Set<RegistrarVerdict>().AsNoTracking().Where(v => v.RegistrarAccountId == me).Select(v => v.SessionId).ToListAsync(ct);
        foreach (var a in await steps.ListAsync(this.Caller(), ct))
        {
            if (a.VerdictSessionId is { } session && mine.Contains(session)) Carrying.Add(await RegistrationApi.ViewAsync(db, a.Id, ct));
        }

        return Page();
    }
}
