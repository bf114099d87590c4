using System.Security.Cryptography;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Security;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.VideoSessions.Verdicts;

/// <summary>
/// A.21: the registrar's readable view of the findings they sign, read back from the exact bytes (not from the form),
/// in the page's language. IINs are masked as everywhere in the registrar's cabinet; names come from the session.
/// </summary>
public static class VerdictReading
{
    /// <summary>The lines to show above the signing buttons.</summary>
    public static IReadOnlyList<string> Lines(VideoSession session, byte[] findingsBytes, string remark, UiText t)
    {
        var f = SessionFindings.Parse(findingsBytes);
        string YesNo(bool b) => b ? t["video.reading.yes"] : t["video.reading.no"];
        string Name(string iin) => session.Participants.FirstOrDefault(p => p.Iin == iin)?.FullName ?? "";
        var spouse = f.Participants.Any(p => p.Role == PartyRole.Spouse);
        var confirmed = f.SignaturesConfirmed && f.CapacityConfirmed && f.FreeWillConfirmed && (spouse || !session.TenantMarried);
        var lines = new List<string>
        {
            $"{t["video.reading.session"]}: {f.SessionId} · {t["video.kind." + session.Kind]} · {session.SubjectId}",
            $"{t["video.reading.registrar"]}: {Name(f.RegistrarIin)} ({IinMask.Mask(f.RegistrarIin)})",
            $"{t["video.reading.heldAt"]}: {f.HeldAt.ToDateTimeOffset():yyyy-MM-dd HH:mm:ss} UTC",
            t["video.reading.participants"] + ":",
        };
        lines.AddRange(f.Participants.Select(p =>
            $"  • {(SessionFindings.ParticipantRoleOf(p.Role) is { } r ? t["video.role." + r] : p.Role.ToString())}: {Name(p.Iin)} ({IinMask.Mask(p.Iin)})"));
        lines.Add($"{t["video.check.signatures"]}: {YesNo(f.SignaturesConfirmed)}");
        lines.Add($"{t["video.check.capacity"]}: {YesNo(f.CapacityConfirmed)}");
        lines.Add($"{t["video.check.freewill"]}: {YesNo(f.FreeWillConfirmed)}");
        if (session.TenantMarried) lines.Add($"{t["video.check.spouses"]}: {YesNo(spouse)}");
        lines.Add($"{t["video.reading.decision"]}: {(confirmed ? t["video.reading.confirmed"] : t["video.reading.notConfirmed"])}");
        lines.Add($"SHA-256: {Convert.ToHexStringLower(SHA256.HashData(findingsBytes))}");
        if (remark.Length > 0) lines.Add($"{t["video.reading.remark"]}: {remark}");
        return lines;
    }
}
