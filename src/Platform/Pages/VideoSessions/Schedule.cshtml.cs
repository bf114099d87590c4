using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.VideoSessions;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.Pages.VideoSessions;

/// <summary>
/// KTK's form to schedule a video session (A.21, A.30) for one registration application: KTK chooses the application, the
/// time, the registrar and its representative; the tenant and spouse come from the application. The same rules as
/// <c>POST /api/video-sessions</c>.
/// </summary>
[Authorize(Policy = CabinetPolicies.Officer)]
public sealed class ScheduleModel(VideoSessionService sessions, ISessionSubjects subjects, TimeProvider time) : PageModel
{
    /// <summary>The registration application.</summary>
    [BindProperty] public Guid ApplicationId { get; set; }

    /// <summary>When, in UTC (<c>yyyy-MM-ddTHH:mm</c>).</summary>
    [BindProperty] public string ScheduledAtUtc { get; set; } = "";

    /// <summary>The registrar's account.</summary>
    [BindProperty] public Guid RegistrarAccountId { get; set; }

    /// <summary>KTK's representative's account.</summary>
    [BindProperty] public Guid KtkRepresentativeAccountId { get; set; }

    /// <summary>The applications awaiting a session.</summary>
    public IReadOnlyList<SessionSubjectChoice> Applications { get; private set; } = [];

    /// <summary>Registrars and KTK representatives to choose from.</summary>
    public IReadOnlyList<SessionStaff> Staff { get; private set; } = [];

    /// <summary>Why the last attempt was refused.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the form (time prefilled one hour ahead; the representative is the officer).</summary>
    public async Task OnGetAsync(Guid? applicationId, CancellationToken ct)
    {
        ScheduledAtUtc = time.GetUtcNow().AddHours(1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        KtkRepresentativeAccountId = this.Caller().AccountId;
        if (applicationId is { } id) ApplicationId = id;
        await LoadAsync(ct);
    }

    /// <summary>Schedules and opens the room, or shows the reason.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!DateTimeOffset.TryParse(ScheduledAtUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            Error = new Outcome("video.refused.time_format").Error;
            await LoadAsync(ct);
            return Page();
        }

        var me = this.Caller().AccountId;
        var representative = KtkRepresentativeAccountId == Guid.Empty ? me : KtkRepresentativeAccountId;
        var outcome = await sessions.ScheduleAsync(new ScheduleRequest(ApplicationId, at.ToUniversalTime(), RegistrarAccountId, representative), me, ct);
        if (!outcome.Succeeded)
        {
            Error = outcome.Error;
            await LoadAsync(ct);
            return Page();
        }

        return Redirect(VideoSessionsApi.RoomUrl(outcome.Value!.Id));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Applications = await subjects.OpenAsync(ct);
        Staff = await sessions.StaffAsync(ct);
    }

    /// <summary>The staff of one role.</summary>
    public IEnumerable<SessionStaff> Of(ParticipantRole role) => Staff.Where(s => s.Role == role);
}
