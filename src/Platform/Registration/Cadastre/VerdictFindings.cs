using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.VideoSessions.Model;
using RentToOwn.Platform.VideoSessions.Verdicts;

namespace RentToOwn.Platform.Registration.Cadastre;

/// <summary>
/// A.21, A.30: the registrar's recorded verdict (the platform's signed JSON verdict document) as the cadastre's
/// <c>VideoSessionFindings</c>: the session, the registrar's IIN, the participants who joined (by role and IIN) and the
/// checklist. The cadastre verifies a CMS over exactly these protobuf bytes, so the registrar countersigns them.
/// </summary>
public sealed class VerdictFindings(PlatformDbContext db, RegistrarVerdicts verdicts)
{
    /// <summary>The verdict of the session for <paramref name="subjectId"/> of <paramref name="kind"/>, as findings bytes, or null.</summary>
    public async Task<(RegistrarVerdictView Verdict, byte[] Findings)?> BuildAsync(string subjectId, VideoSessionKind kind, CancellationToken ct)
    {
        var verdict = await verdicts.FindAsync(subjectId, kind, ct);
        if (verdict is null) return null;
        var document = VerdictDocument.Parse(Convert.FromBase64String(verdict.DocumentBase64));
        var ids = document.Participants.Select(p => p.AccountId).Append(document.RegistrarAccountId).ToList();
        var iins = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Iin, ct);
        var findings = new VideoSessionFindings
        {
            SessionId = verdict.SessionId.ToString(),
            RegistrarIin = iins.GetValueOrDefault(document.RegistrarAccountId, ""),
            CapacityConfirmed = verdict.LegalCapacity,
            FreeWillConfirmed = verdict.FreeWill,
            SignaturesConfirmed = verdict.SignaturesAuthentic,
            HeldAt = Timestamp.FromDateTimeOffset(verdict.RecordedAt),
        };
        foreach (var p in document.Participants.Where(p => p.Joined))
        {
            var role = p.Role switch
            {
                nameof(ParticipantRole.Tenant) => PartyRole.Recipient,
                nameof(ParticipantRole.Spouse) => PartyRole.Spouse,
                nameof(ParticipantRole.KtkRepresentative) => PartyRole.KtkRepresentative,
                nameof(ParticipantRole.Registrar) => PartyRole.Registrar,
                _ => PartyRole.Unspecified,
            };
            if (iins.TryGetValue(p.AccountId, out var iin)) findings.Participants.Add(new Party { Role = role, Iin = iin });
        }

        return (verdict, findings.ToByteArray());
    }
}
