using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.VideoSessions;

/// <summary>
/// A.21, A.30: what a video session is held for — one registration application and its parties. The registration code
/// implements it, so the session's tenant and spouse come from the application, not from the scheduling form.
/// </summary>
public interface ISessionSubjects
{
    /// <summary>
    /// The session subject of application <paramref name="applicationId"/>: 404 when there is no such application, 409 when
    /// it needs no session now (final, or a court-ordered termination).
    /// </summary>
    Task<Outcome<SessionSubject>> ResolveAsync(Guid applicationId, CancellationToken ct);

    /// <summary>The applications a session can be scheduled for now (open, needing a verdict), newest first.</summary>
    Task<IReadOnlyList<SessionSubjectChoice>> OpenAsync(CancellationToken ct);
}

/// <summary>The application a session is held for and its parties.</summary>
/// <param name="SubjectId">The application the session is held for (an ownership's: its termination's id).</param>
/// <param name="Kind">A.21 registration or A.30 termination and ownership.</param>
/// <param name="TenantIin">The recipient's IIN, as the application (the lease) names them.</param>
/// <param name="SpouseIin">The spouse's IIN when the tenant is married, as the application names them; else null.</param>
public sealed record SessionSubject(Guid SubjectId, VideoSessionKind Kind, string TenantIin, string? SpouseIin);

/// <summary>One application offered on the scheduling page.</summary>
/// <param name="ApplicationId">Its id.</param>
/// <param name="Kind">The session it needs.</param>
/// <param name="Label">Contract number, flat and the tenant's name (for KTK staff).</param>
public sealed record SessionSubjectChoice(Guid ApplicationId, VideoSessionKind Kind, string Label);

/// <summary>An account KTK may choose as registrar or as its representative.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="FullName">As the directory holds it.</param>
/// <param name="Role">Registrar or KtkRepresentative.</param>
/// <param name="MaskedIin">The IIN masked as everywhere in the cabinets (first 2 and last 4 digits), to tell namesakes apart.</param>
public sealed record SessionStaff(Guid AccountId, string FullName, ParticipantRole Role, string MaskedIin);
