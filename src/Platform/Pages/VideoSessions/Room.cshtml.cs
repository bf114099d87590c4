using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.VideoSessions;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.Pages.VideoSessions;

/// <summary>The video room of one session (A.21, A.30): only its participants may open it.</summary>
[Authorize]
public sealed class RoomModel(VideoSessionService sessions, VideoSessionViews views) : PageModel
{
    /// <summary>The session as the caller sees it.</summary>
    public VideoSessionView Session { get; private set; } = null!;

    /// <summary>True for the session's registrar (checklist and verdict panel).</summary>
    public bool IsRegistrar => Session.MyRole == nameof(ParticipantRole.Registrar);

    /// <summary>Loads the session or answers 403.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = this.Caller().AccountId;
        var opened = await sessions.OpenAsync(id, me, ct);
        if (!opened.Succeeded) return Forbid();
        Session = await views.ForAsync(opened.Value.Session, opened.Value.Me);
        return Page();
    }
}
