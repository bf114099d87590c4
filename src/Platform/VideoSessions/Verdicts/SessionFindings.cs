using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.VideoSessions.Verdicts;

/// <summary>
/// A.21, A.30: the registrar's verdict as the cadastre's <c>VideoSessionFindings</c> — the one document the registrar
/// signs. It names the session, the application it was held for, the registrar's IIN, the participants whose taking part the registrar confirms (by role
/// and IIN: those the log shows joining; the spouse only when "both spouses present" is ticked, A.23), the three checks
/// the cadastre reads and when it was held. The cadastre verifies the registrar's CMS over exactly these bytes.
/// </summary>
public static class SessionFindings
{
    /// <summary>The canonical bytes for <paramref name="session"/> with the registrar's normalized <paramref name="checklist"/>.</summary>
    public static byte[] Build(VideoSession session, VideoSessionParticipant registrar, VerdictChecklist checklist, DateTimeOffset heldAt)
    {
        var joined = session.Events.Where(e => e.Kind == VideoSessionEventKind.Joined).Select(e => e.ParticipantId).ToHashSet();
        var findings = new VideoSessionFindings
        {
            SessionId = session.Id.ToString(),
            // A.21, A.30: the findings name the application the session was held for; the cadastre checks them against it.
            ApplicationReference = session.SubjectId,
            RegistrarIin = registrar.Iin,
            CapacityConfirmed = checklist.LegalCapacity,
            FreeWillConfirmed = checklist.FreeWill,
            SignaturesConfirmed = checklist.SignaturesAuthentic,
            HeldAt = Timestamp.FromDateTimeOffset(heldAt),
        };
        foreach (var p in session.Participants.Where(p => joined.Contains(p.Id)).OrderBy(p => p.Role).ThenBy(p => p.Iin, StringComparer.Ordinal))
        {
            // A.23: the registrar who does not confirm both spouses' taking part does not list the spouse; the cadastre then suspends.
            if (p.Role == ParticipantRole.Spouse && !checklist.SpousesPresent) continue;
            findings.Participants.Add(new Party { Role = PartyRoleOf(p.Role), Iin = p.Iin });
        }

        return findings.ToByteArray();
    }

    /// <summary>Parses findings bytes.</summary>
    /// <exception cref="FormatException">When they are not a <c>VideoSessionFindings</c> message.</exception>
    public static VideoSessionFindings Parse(byte[] bytes)
    {
        try
        {
            var findings = VideoSessionFindings.Parser.ParseFrom(bytes);
            if (findings.SessionId.Length == 0 || findings.HeldAt is null) throw new FormatException("it names no session or time");
            return findings;
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or FormatException)
        {
            throw new FormatException("The verdict findings are not a VideoSessionFindings message: " + e.Message);
        }
    }

    /// <summary>The cadastre's role of a session participant.</summary>
    public static PartyRole PartyRoleOf(ParticipantRole role) => role switch
    {
        ParticipantRole.Tenant => PartyRole.Recipient,
        ParticipantRole.Spouse => PartyRole.Spouse,
        ParticipantRole.KtkRepresentative => PartyRole.KtkRepresentative,
        ParticipantRole.Registrar => PartyRole.Registrar,
        _ => PartyRole.Unspecified,
    };

    /// <summary>The session role of a cadastre party role (null when none matches).</summary>
    public static ParticipantRole? ParticipantRoleOf(PartyRole role) => role switch
    {
        PartyRole.Recipient => ParticipantRole.Tenant,
        PartyRole.Spouse => ParticipantRole.Spouse,
        PartyRole.KtkRepresentative => ParticipantRole.KtkRepresentative,
        PartyRole.Registrar => ParticipantRole.Registrar,
        _ => null,
    };
}
