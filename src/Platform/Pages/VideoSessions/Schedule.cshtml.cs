using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.VideoSessions;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.Pages.VideoSessions;

/// <summary>KTK's form to schedule a video session (A.21, A.30); the same rules as <c>POST /api/video-sessions</c>.</summary>
[Authorize(Policy = CabinetPolicies.Officer)]
public sealed class ScheduleModel(VideoSessionService sessions, TimeProvider time) : PageModel
{
    /// <summary>Application or contract id.</summary>
    [BindProperty] public string SubjectId { get; set; } = "";

    /// <summary>A.21 or A.30.</summary>
    [BindProperty] public VideoSessionKind Kind { get; set; } = VideoSessionKind.Registration;

    /// <summary>When, in UTC (<c>yyyy-MM-ddTHH:mm</c>).</summary>
    [BindProperty] public string ScheduledAtUtc { get; set; } = "";

    /// <summary>Whether the tenant is married (A.23).</summary>
    [BindProperty] public bool TenantMarried { get; set; }

    /// <summary>KTK representative's IIN.</summary>
    [BindProperty] public string KtkRepresentativeIin { get; set; } = "";

    /// <summary>Tenant's IIN.</summary>
    [BindProperty] public string TenantIin { get; set; } = "";

    /// <summary>Spouse's IIN (when married).</summary>
    [BindProperty] public string? SpouseIin { get; set; }

    /// <summary>Registrar's IIN.</summary>
    [BindProperty] public string RegistrarIin { get; set; } = "";

    /// <summary>Why the last attempt was refused.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the form (time prefilled one hour ahead).</summary>
    public void OnGet() => ScheduledAtUtc = time.GetUtcNow().AddHours(1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Schedules and opens the room, or shows the reason.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!DateTimeOffset.TryParse(ScheduledAtUtc, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            Error = "The time must look like 2026-12-01T10:00 (UTC).";
            return Page();
        }

        var participants = new List<ParticipantRequest>
        {
            new(ParticipantRole.KtkRepresentative, KtkRepresentativeIin?.Trim() ?? ""),
            new(ParticipantRole.Tenant, TenantIin?.Trim() ?? ""),
            new(ParticipantRole.Registrar, RegistrarIin?.Trim() ?? ""),
        };
        if (!string.IsNullOrWhiteSpace(SpouseIin)) participants.Add(new(ParticipantRole.Spouse, SpouseIin.Trim()));
        var me = PlatformClaims.AccountOf(User) ?? Guid.Empty;
        var outcome = await sessions.ScheduleAsync(new ScheduleRequest(SubjectId, Kind, at.ToUniversalTime(), TenantMarried, participants), me, ct);
        if (!outcome.Succeeded)
        {
            Error = outcome.Error;
            return Page();
        }

        return Redirect(VideoSessionsApi.RoomUrl(outcome.Value!.Id));
    }
}
