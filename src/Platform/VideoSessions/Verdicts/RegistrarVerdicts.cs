using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.VideoSessions.Verdicts;

/// <summary>
/// Read side for other parts of the platform: the registration code attaches the registrar's signed
/// verdict to the application it sends to the cadastre (A.21–A.22, A.30–A.31).
/// </summary>
public sealed class RegistrarVerdicts(PlatformDbContext db)
{
    /// <summary>
    /// The latest recorded verdict for <paramref name="subjectId"/> (application or contract id) from a
    /// session of <paramref name="kind"/>, or null when none was recorded yet.
    /// </summary>
    public async Task<RegistrarVerdictView?> FindAsync(string subjectId, VideoSessionKind kind, CancellationToken ct = default)
    {
        var sessions = await db.Set<VideoSession>().AsNoTracking().Include(s => s.Verdict)
            .Where(s => s.SubjectId == subjectId && s.Kind == kind && s.Verdict != null).ToListAsync(ct);
        var latest = sessions.OrderByDescending(s => s.Verdict!.RecordedAt).FirstOrDefault();
        return latest is null ? null : await ViewAsync(latest, latest.Verdict!, ct);
    }

    /// <summary>The verdict of one session, or null.</summary>
    public async Task<RegistrarVerdictView?> ForSessionAsync(Guid sessionId, CancellationToken ct = default)
    {
        var session = await db.Set<VideoSession>().AsNoTracking().Include(s => s.Verdict).SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        return session?.Verdict is { } v ? await ViewAsync(session, v, ct) : null;
    }

    /// <summary>The view of <paramref name="verdict"/> with its linked ledger receipt.</summary>
    public async Task<RegistrarVerdictView> ViewAsync(VideoSession session, RegistrarVerdict verdict, CancellationToken ct) =>
        RegistrarVerdictView.From(session, verdict, await db.ReceiptAsync(verdict.ReceiptId, ct)
            ?? throw new InvalidOperationException($"The verdict of session {session.Id} links to no ledger receipt."));
}
