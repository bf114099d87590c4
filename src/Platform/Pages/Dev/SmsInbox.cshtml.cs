using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Notifications;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Pages.Dev;

/// <summary>The sandbox SMS provider's inbox: every sent message. Development environment only (404 elsewhere).</summary>
public sealed class SmsInboxModel(PlatformDbContext db, IWebHostEnvironment environment) : PageModel
{
    /// <summary>Sent messages, newest first.</summary>
    public IReadOnlyList<SmsMessage> Messages { get; private set; } = [];

    /// <summary>Shows the inbox.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!environment.IsDevelopment()) return NotFound();
        var sent = await db.SmsOutbox.AsNoTracking().Where(m => m.SentAt != null).ToListAsync(ct);
        Messages = sent.OrderByDescending(m => m.CreatedAt).Take(200).ToList();
        return Page();
    }
}
