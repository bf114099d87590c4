using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.VideoSessions.Identity;
using RentToOwn.Platform.VideoSessions.Model;
using RentToOwn.Platform.VideoSessions.Verdicts;

namespace RentToOwn.Platform.VideoSessions;

/// <summary>
/// <c>/api/video-sessions</c> (A.21, A.30): KTK schedules one for a registration application; participants open their own sessions and prove
/// their identity with EDS; the registrar lists their sessions and records the signed verdict.
/// Every handler answers 403 for a session that does not list the caller.
/// </summary>
public static class VideoSessionsApi
{
    /// <summary>A scheduled session.</summary>
    public sealed record ScheduledResponse(Guid Id, string SubjectId, string Kind, DateTimeOffset ScheduledAt, string RoomUrl);

    /// <summary>One line of a list.</summary>
    public sealed record SessionListItem(Guid Id, string SubjectId, string Kind, DateTimeOffset ScheduledAt, string Status, string MyRole, string RoomUrl);

    /// <summary>The signed identity challenge.</summary>
    public sealed record IdentityProof(string Token, string Cms);

    /// <summary>
    /// The findings to sign (A.21): <paramref name="Findings"/> is the base64 of the exact <c>VideoSessionFindings</c> bytes the
    /// cadastre verifies; <paramref name="Readable"/> shows them in the page's language.
    /// </summary>
    /// <param name="Findings">Base64 of the bytes to sign.</param>
    /// <param name="Confirmed">The decision the checklist gives.</param>
    /// <param name="Remark">The registrar's remark (kept beside the findings on the platform; the cadastre's findings have no remark).</param>
    /// <param name="Readable">The findings read back from the bytes, line by line.</param>
    /// <param name="FindingsSha256">Hex SHA-256 of the bytes (as the ledger will hold it).</param>
    public sealed record PreparedVerdict(string Findings, bool Confirmed, string Remark, IReadOnlyList<string> Readable, string FindingsSha256);

    /// <summary>The signed verdict: the findings as prepared, the registrar's CMS over them, and the remark.</summary>
    public sealed record SignedVerdict(string? Findings, string? Cms, string? Remark);

    /// <summary>Maps the endpoints and the signalling hub.</summary>
    public static IEndpointRouteBuilder MapVideoSessionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/video-sessions").RequireAuthorization();
        api.MapPost("/", Schedule).RequireAuthorization(CabinetPolicies.Officer);
        api.MapGet("/staff", Staff).RequireAuthorization(CabinetPolicies.Officer);
        api.MapGet("/mine", Mine);
        api.MapGet("/registrar", RegistrarSessions).RequireAuthorization(CabinetPolicies.Registrar);
        api.MapGet("/{id:guid}", Get);
        api.MapPost("/{id:guid}/identity/challenge", IdentityChallenge);
        api.MapPost("/{id:guid}/identity", ConfirmIdentity);
        api.MapPost("/{id:guid}/verdict/prepare", PrepareVerdict).RequireAuthorization(CabinetPolicies.Registrar);
        api.MapPost("/{id:guid}/verdict", RecordVerdict).RequireAuthorization(CabinetPolicies.Registrar);
        api.MapGet("/{id:guid}/verdict", GetVerdict);
        app.MapHub<Signalling.VideoSessionHub>(Signalling.VideoSessionHub.Path);
        return app;
    }

    /// <summary>A.21, A.30: KTK schedules a session for one registration application; its parties take part.</summary>
    public static async Task<Results<Created<ScheduledResponse>, ProblemHttpResult>> Schedule(ScheduleRequest request, [AsParameters] VideoSessionServices s, CancellationToken ct)
    {
        var outcome = await s.Sessions.ScheduleAsync(request, s.User.AccountId, ct);
        if (!outcome.Succeeded) return Problem(outcome.Status, outcome.Error);
        var v = outcome.Value!;
        return TypedResults.Created($"/api/video-sessions/{v.Id}", new ScheduledResponse(v.Id, v.SubjectId, v.Kind.ToString(), v.ScheduledAt, RoomUrl(v.Id)));
    }

    /// <summary>The registrars and KTK representatives KTK may choose when scheduling (ids and names, no IINs).</summary>
    public static async Task<Ok<IReadOnlyList<SessionStaff>>> Staff([AsParameters] VideoSessionServices s, CancellationToken ct) =>
        TypedResults.Ok(await s.Sessions.StaffAsync(ct));

    /// <summary>Every session that lists the caller.</summary>
    public static async Task<Ok<List<SessionListItem>>> Mine([AsParameters] VideoSessionServices s, CancellationToken ct) =>
        TypedResults.Ok(Items(await s.Sessions.ListForAsync(s.User.AccountId, null, ct), s.User.AccountId));

    /// <summary>The registrar's cabinet: only the sessions where the caller is the registrar.</summary>
    public static async Task<Ok<List<SessionListItem>>> RegistrarSessions([AsParameters] VideoSessionServices s, CancellationToken ct) =>
        TypedResults.Ok(Items(await s.Sessions.ListForAsync(s.User.AccountId, ParticipantRole.Registrar, ct), s.User.AccountId));

    /// <summary>One session, as the caller may see it.</summary>
    public static async Task<Results<Ok<VideoSessionView>, ProblemHttpResult>> Get(Guid id, [AsParameters] VideoSessionServices s, CancellationToken ct)
    {
        var opened = await s.OpenAsync(id, ct);
        return opened.Succeeded ? TypedResults.Ok(await s.Views.ForAsync(opened.Value.Session, opened.Value.Me)) : Problem(opened.Status, opened.Error);
    }

    /// <summary>A challenge for the caller's AUTH key, naming this session.</summary>
    public static async Task<Results<Ok<IdentityChallenge>, ProblemHttpResult>> IdentityChallenge(Guid id, [AsParameters] VideoSessionServices s, CancellationToken ct)
    {
        var opened = await s.OpenAsync(id, ct);
        return opened.Succeeded ? TypedResults.Ok(s.Identity.Issue(opened.Value.Session, opened.Value.Me)) : Problem(opened.Status, opened.Error);
    }

    /// <summary>Verifies the signed challenge; the registrar then sees the certificate.</summary>
    public static async Task<Results<Ok<ParticipantIdentity>, ProblemHttpResult>> ConfirmIdentity(Guid id, IdentityProof proof, [AsParameters] VideoSessionServices s,
        CancellationToken ct)
    {
        var opened = await s.OpenAsync(id, ct);
        if (!opened.Succeeded) return Problem(opened.Status, opened.Error);
        var outcome = await s.Identity.ConfirmAsync(opened.Value.Session, opened.Value.Me, proof?.Token, proof?.Cms, ct);
        return outcome.Succeeded ? TypedResults.Ok(ParticipantIdentityService.Describe(outcome.Value!, true)) : Problem(outcome.Status, outcome.Error);
    }

    /// <summary>The registrar's checklist becomes the findings to sign, with their readable view.</summary>
    public static async Task<Results<Ok<PreparedVerdict>, ProblemHttpResult>> PrepareVerdict(Guid id, VerdictChecklist checklist, [AsParameters] VideoSessionServices s,
        UiText texts, CancellationToken ct)
    {
        var opened = await s.OpenAsync(id, ct);
        if (!opened.Succeeded) return Problem(opened.Status, opened.Error);
        var outcome = s.Recorder.Prepare(opened.Value.Session, opened.Value.Me, checklist);
        if (!outcome.Succeeded) return Problem(outcome.Status, outcome.Error);
        var draft = outcome.Value!;
        var remark = draft.Checklist.Remark ?? "";
        return TypedResults.Ok(new PreparedVerdict(Convert.ToBase64String(draft.Findings), draft.Confirmed, remark,
            VerdictReading.Lines(opened.Value.Session, draft.Findings, remark, texts), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(draft.Findings))));
    }

    /// <summary>Records the signed verdict: verified, on the ledger, stored with its receipt, attached to the application(s) it serves.</summary>
    public static async Task<Results<Created<RegistrarVerdictView>, ProblemHttpResult>> RecordVerdict(Guid id, SignedVerdict body, [AsParameters] VideoSessionServices s,
        CancellationToken ct)
    {
        var opened = await s.OpenAsync(id, ct);
        if (!opened.Succeeded) return Problem(opened.Status, opened.Error);
        var outcome = await s.Recorder.RecordAsync(opened.Value.Session, opened.Value.Me, body?.Findings, body?.Cms, body?.Remark, ct);
        return outcome.Succeeded
            ? TypedResults.Created($"/api/video-sessions/{id}/verdict", outcome.Value!)
            : Problem(outcome.Status, outcome.Error);
    }

    /// <summary>The recorded verdict (any participant of the session; the signed findings only for the registrar).</summary>
    public static async Task<Results<Ok<RegistrarVerdictView>, NotFound, ProblemHttpResult>> GetVerdict(Guid id, [AsParameters] VideoSessionServices s, CancellationToken ct)
    {
        var opened = await s.OpenAsync(id, ct);
        if (!opened.Succeeded) return Problem(opened.Status, opened.Error);
        if (await s.Verdicts.ForSessionAsync(id, ct) is not { } v) return TypedResults.NotFound();
        // The findings name every participant by IIN: only the registrar gets the signed bytes back.
        return TypedResults.Ok(opened.Value.Me.Role == ParticipantRole.Registrar ? v : v with { DocumentBase64 = "", SignatureBase64 = "" });
    }

    /// <summary>Where the room page of a session is.</summary>
    public static string RoomUrl(Guid id) => $"/VideoSessions/Room/{id}";

    private static List<SessionListItem> Items(IEnumerable<VideoSession> list, Guid me) =>
        list.Select(s => new SessionListItem(s.Id, s.SubjectId, s.Kind.ToString(), s.ScheduledAt, s.Status.ToString(),
            s.Participants.First(p => p.AccountId == me).Role.ToString(), RoomUrl(s.Id))).ToList();

    private static ProblemHttpResult Problem(int status, string? detail) =>
        TypedResults.Problem(detail, statusCode: status, title: status == 403 ? "Forbidden" : "Refused");
}

/// <summary>What the video-session endpoints need, bound with <c>[AsParameters]</c>.</summary>
/// <param name="Sessions">Scheduling, lists and the participant check.</param>
/// <param name="Views">A session as its participant sees it.</param>
/// <param name="Identity">The participants' EDS identity proof.</param>
/// <param name="Recorder">The registrar's signed verdict.</param>
/// <param name="Verdicts">Recorded verdicts.</param>
/// <param name="User">The caller.</param>
public sealed record VideoSessionServices(VideoSessionService Sessions, VideoSessionViews Views, ParticipantIdentityService Identity, VerdictRecorder Recorder,
    RegistrarVerdicts Verdicts, CurrentUser User)
{
    /// <summary>Session <paramref name="id"/> with the caller's place in it; 403 when it does not list the caller.</summary>
    public Task<Outcome<(VideoSession Session, VideoSessionParticipant Me)>> OpenAsync(Guid id, CancellationToken ct) => Sessions.OpenAsync(id, User.AccountId, ct);
}
