using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Notifications;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Pages.Notifications;

/// <summary>
/// Issue 14: the messages the platform sent the signed-in person (the SMS outbox, by account), newest first, so they can
/// act on them from the cabinet too. The person's own data: read only with their live consent (A.9), audited.
/// </summary>
[Authorize]
public sealed class IndexModel(PlatformDbContext db, PersonalDataAccess access) : PageModel
{
    /// <summary>How many messages at most are shown.</summary>
    public const int Limit = 100;

    /// <summary>The person's messages, newest first.</summary>
    public IReadOnlyList<SmsMessage> Messages { get; private set; } = [];

    /// <summary>False when the person has no live consent: nothing was read.</summary>
    public bool Consented { get; private set; }

    /// <summary>Loads the list.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        var (account, iin) = (this.Caller().AccountId, this.Caller().Iin);
        Consented = await access.TryReadAsync(iin, iin, "read:notifications", "notifications", ct);
        if (!Consented) return;
        var mine = await db.SmsOutbox.AsNoTracking().Where(m => m.AccountId == account).ToListAsync(ct);
        Messages = [.. mine.OrderByDescending(m => m.CreatedAt).Take(Limit)];
    }
}
