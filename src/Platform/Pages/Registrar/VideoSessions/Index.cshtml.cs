using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.VideoSessions;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.Pages.Registrar.VideoSessions;

/// <summary>The registrar's cabinet: their scheduled video sessions (A.21, A.30), only theirs.</summary>
public sealed class IndexModel(VideoSessionService sessions) : PageModel
{
    /// <summary>The sessions where the signed-in registrar is the registrar.</summary>
    public IReadOnlyList<VideoSession> Sessions { get; private set; } = [];

    /// <summary>Loads the list.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = this.Caller().AccountId;
        Sessions = await sessions.ListForAsync(me, ParticipantRole.Registrar, ct);
    }
}
