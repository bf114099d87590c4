using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.VideoSessions.Model;
using RentToOwn.Platform.VideoSessions.Verdicts;

namespace RentToOwn.Platform.Registration;

/// <summary>
/// A.21, A.30: the registrar signs the verdict once, in the video room. When it is recorded, every open application the
/// session serves (<see cref="RegistrationSteps.VerdictSubject"/>: the lease encumbrance, or the termination and its paired
/// ownership) advances; the workflow attaches the verdict under its gate and files the application once it is complete.
/// </summary>
public sealed class RegistrationVerdictHandler(PlatformDbContext db, RegistrationWorkflow workflow) : IVerdictRecordedHandler
{
    /// <inheritdoc />
    public async Task OnRecordedAsync(VideoSession session, RegistrarVerdict verdict, CancellationToken ct)
    {
        foreach (var id in await ServedByAsync(session.SubjectId, session.Kind, ct)) await workflow.AdvanceAsync(id, ct);
    }

    /// <summary>The open applications whose verdict comes from a session on <paramref name="subjectId"/> of <paramref name="kind"/>.</summary>
    public async Task<IReadOnlyList<Guid>> ServedByAsync(string subjectId, VideoSessionKind kind, CancellationToken ct)
    {
        if (!Guid.TryParse(subjectId, out var subject)) return [];
        var candidates = await db.Set<RegistrationApplication>().AsNoTracking()
            .Where(a => (a.Id == subject || a.RelatedRegistrationId == subject)
                && a.Status != RegistrationStatus.Registered && a.Status != RegistrationStatus.Refused)
            .ToListAsync(ct);
        return candidates.Where(a => RegistrationSteps.VerdictSubject(a) == (subject.ToString(), kind))
            .OrderBy(a => a.Kind).Select(a => a.Id).ToList();
    }
}
