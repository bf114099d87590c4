using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.VideoSessions.Verdicts;

/// <summary>
/// Told when a registrar's verdict was recorded (A.21, A.30); the registration code attaches it to the application(s) the
/// session serves and lets them advance, so the registrar signs once.
/// </summary>
public interface IVerdictRecordedHandler
{
    /// <summary>Called after the verdict of <paramref name="session"/> was stored with its ledger receipt.</summary>
    Task OnRecordedAsync(VideoSession session, RegistrarVerdict verdict, CancellationToken ct);
}
