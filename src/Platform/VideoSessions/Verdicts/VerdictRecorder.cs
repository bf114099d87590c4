using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.VideoSessions.Model;
using RentToOwn.Platform.Telemetry;

namespace RentToOwn.Platform.VideoSessions.Verdicts;

/// <summary>
/// The registrar's verdict (A.21, A.23, A.30), signed once: the platform prepares the cadastre's
/// <c>VideoSessionFindings</c> from the session and the checklist (<see cref="SessionFindings"/>), the registrar signs
/// those exact bytes with their EDS (NCALayer or the .p12 fallback), and the platform verifies the CAdES against the NCA
/// trust and the registrar's own IIN and organisation, appends a PII-free RegistrarVerdict record (hashes only) to the
/// ledger, stores the verdict with its receipt and tells the <see cref="IVerdictRecordedHandler"/>s, so the registration
/// application(s) the session serves carry it to the cadastre without a second signature.
/// </summary>
public sealed class VerdictRecorder(
    PlatformDbContext db, SignatureAcceptance acceptance, TimeProvider time, IOptions<VideoSessionsOptions> options,
    IEnumerable<IVerdictRecordedHandler> handlers, ILogger<VerdictRecorder> log, PlatformMetrics metrics)
{
    /// <summary>Ledger role string of the registrar.</summary>
    public const string LedgerRole = "registrar";

    /// <summary>Prepares the findings the registrar will sign, held now.</summary>
    public Outcome<VerdictDraft> Prepare(VideoSession session, VideoSessionParticipant me, VerdictChecklist checklist) =>
        Prepare(session, me, checklist, DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds()));

    private static Outcome<VerdictDraft> Prepare(VideoSession session, VideoSessionParticipant me, VerdictChecklist checklist, DateTimeOffset heldAt)
    {
        if (Refusal(session, me) is { } refused) return Outcome<VerdictDraft>.Refused(refused.Status, refused.Code);
        if (checklist is null) return Outcome<VerdictDraft>.Refused(400, "video.refused.no_checklist");
        var remark = checklist.Remark?.Trim() ?? "";
        if (remark.Length > 2000 || remark.Any(c => char.IsControl(c) && c is not '\n' and not '\r'))
        {
            return Outcome<VerdictDraft>.Refused(400, "video.refused.remark", 2000);
        }

        var joined = session.Events.Where(e => e.Kind == VideoSessionEventKind.Joined).Select(e => e.ParticipantId).ToHashSet();
        var spouse = session.Participants.SingleOrDefault(p => p.Role == ParticipantRole.Spouse);
        var spousesPresent = checklist.SpousesPresent || !session.TenantMarried;
        if (session.TenantMarried && checklist.SpousesPresent && (spouse is null || !joined.Contains(spouse.Id)))
        {
            // A.23: "both spouses took part" cannot be ticked when the log shows the spouse never joined.
            return Outcome<VerdictDraft>.Refused(409, "video.refused.spouse_absent");
        }

        // A.21, A.30: a verdict only when the tenant, KTK's representative, the registrar (and the spouse, when married)
        // joined the room and proved their identity with their AUTH key in this session.
        var absent = session.Participants
            .Where(p => p.Role != ParticipantRole.Spouse || session.TenantMarried)
            .Where(p => !joined.Contains(p.Id) || p.IdentityConfirmedAt is null)
            .Select(p => p.Role.ToString()).ToList();
        if (absent.Count > 0)
        {
            return Outcome<VerdictDraft>.Refused(409,
                "video.refused.parties_absent", string.Join(", ", absent));
        }

        var normalized = checklist with { SpousesPresent = spousesPresent, Remark = remark };
        var confirmed = normalized is { SignaturesAuthentic: true, LegalCapacity: true, FreeWill: true, SpousesPresent: true };
        return Outcome<VerdictDraft>.Ok(new VerdictDraft(SessionFindings.Build(session, me, normalized, heldAt), normalized, confirmed, heldAt));
    }

    /// <summary>
    /// Verifies the registrar's signature over the findings and records the verdict (ledger first, then the database),
    /// then lets the registration attach it. <paramref name="remark"/> is the registrar's note kept beside the findings.
    /// The same signed findings resent (a lost answer) get the verdict recorded the first time (issue 17 §3).
    /// </summary>
    public async Task<Outcome<RegistrarVerdictView>> RecordAsync(
        VideoSession session, VideoSessionParticipant me, string? findingsBase64, string? cmsBase64, string? remark, CancellationToken ct)
    {
        if (me.Role != ParticipantRole.Registrar) return Outcome<RegistrarVerdictView>.Refused(403, "video.refused.registrar_only");
        if (SignatureInput.Decode(findingsBase64) is not { } bytes || SignatureInput.Decode(cmsBase64) is not { Length: > 0 } cms)
        {
            if (Refusal(session, me) is { } refused) return Outcome<RegistrarVerdictView>.Refused(refused.Status, refused.Code);
            return SignatureInput.Decode(findingsBase64) is null || SignatureInput.Decode(cmsBase64) is null
                ? Outcome<RegistrarVerdictView>.Refused(400, "video.refused.findings_base64")
                : Outcome<RegistrarVerdictView>.Refused(400, "video.refused.verdict_unsigned");
        }

        // A.21: signed with the registrar's own signing key, issued to the State Corporation, over exactly these findings; the
        // ledger gets hashes, an HMAC'd signer reference and (for the verdict) the certificate's fingerprint (A.39). Once per session.
        var step = new SignedStep(RecordKind.RegistrarVerdict, new LedgerSubject(session.SubjectId), bytes, LedgerRole,
            ClaimKey: $"verdict:{session.Id}", Name: "signing.name.verdict", CertificateOnLedger: true);
        VerdictDraft? draft = null;
        RegistrarVerdict? verdict = null;
        StoredReceipt? receipt = null;
        var accepted = await acceptance.AcceptAsync(step, RequiredSigner.StaffOf(me.Iin, acceptance.Options.RegistrarBin, "video.refused.registrar_key"), cms,
            // Recorded already (this very verdict resent is answered first), or findings not the ones prepared; again under the claim.
            async c =>
            {
                if (await db.Set<RegistrarVerdict>().AnyAsync(v => v.SessionId == session.Id, c))
                {
                    return Outcome.AlreadySigned("video.refused.verdict_recorded");
                }

                var expected = Expected(session, me, bytes, remark);
                draft = expected.Value;
                return expected.Succeeded ? null : expected.AsOutcome();
            },
            async (signed, c) =>
            {
                if (signed.Certificate is null) return Outcome.Refused(400, "video.refused.no_certificate");
                verdict = new RegistrarVerdict
                {
                    Id = Guid.NewGuid(), SessionId = session.Id, RegistrarAccountId = me.AccountId,
                    SignaturesAuthentic = draft!.Checklist.SignaturesAuthentic, LegalCapacity = draft.Checklist.LegalCapacity,
                    FreeWill = draft.Checklist.FreeWill, SpousesPresent = draft.Checklist.SpousesPresent, Confirmed = draft.Confirmed,
                    Remark = draft.Checklist.Remark ?? "", Document = bytes, Signature = cms,
                    CertificateFingerprint = signed.Receipt.CertificateSha256!, RecordedAt = signed.SignedAt,
                    ReceiptId = signed.Receipt.Id,
                };
                receipt = signed.Receipt;
                db.Set<RegistrarVerdict>().Add(verdict);
                session.Verdict = verdict;
                session.Status = VideoSessionStatus.Completed;
                return await acceptance.SaveAsync("video.refused.verdict_recorded", c);
            }, ct, busy: "video.refused.verdict_recorded");
        // A refused signature is a bad request here (400), as the findings are.
        if (!accepted.Succeeded) return Outcome<RegistrarVerdictView>.From(accepted) with { Status = accepted.Status == 422 ? 400 : accepted.Status };
        if (verdict is null)
        {
            // Issue 17 §3: the verdict stored the first time, answered again; the handlers and metrics ran then.
            var stored = session.Verdict ?? await db.Set<RegistrarVerdict>().SingleAsync(v => v.SessionId == session.Id, ct);
            return Outcome<RegistrarVerdictView>.Ok(RegistrarVerdictView.From(session, stored, (await db.ReceiptAsync(stored.ReceiptId, ct))!));
        }

        // A.21, A.30: the one signature goes with the application(s) the session serves; a failure here is retried when they next advance.
        foreach (var handler in handlers)
        {
            try
            {
                await handler.OnRecordedAsync(session, verdict, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "The verdict of session {Session} was recorded but {Handler} failed; it is attached when the application next advances",
                    session.Id, handler.GetType().Name);
            }
        }

        metrics.VideoSession("verdict");
        return Outcome<RegistrarVerdictView>.Ok(RegistrarVerdictView.From(session, verdict, receipt!));
    }

    // The findings must be readable, this session's and the registrar's, and the ones this platform prepares for the session's
    // current state at their time, within the draft's lifetime.
    private Outcome<VerdictDraft> Expected(VideoSession session, VideoSessionParticipant me, byte[] bytes, string? remark)
    {
        Kadastr.Protocol.V1.VideoSessionFindings findings;
        try
        {
            findings = SessionFindings.Parse(bytes);
        }
        catch (FormatException e)
        {
            return Outcome<VerdictDraft>.Refused(400, "video.refused.findings_unreadable", e.Message);
        }

        if (findings.SessionId != session.Id.ToString() || findings.RegistrarIin != me.Iin)
        {
            return Outcome<VerdictDraft>.Refused(400, "video.refused.findings_other");
        }

        var heldAt = findings.HeldAt.ToDateTimeOffset();
        var checklist = new VerdictChecklist(findings.SignaturesConfirmed, findings.CapacityConfirmed, findings.FreeWillConfirmed,
            !session.TenantMarried || findings.Participants.Any(p => p.Role == Kadastr.Protocol.V1.PartyRole.Spouse), remark);
        var expected = Prepare(session, me, checklist, heldAt);
        if (!expected.Succeeded) return expected;
        if (!expected.Value!.Findings.AsSpan().SequenceEqual(bytes)) return Outcome<VerdictDraft>.Refused(400, "video.refused.findings_changed");
        var now = time.GetUtcNow();
        if (heldAt > now.AddMinutes(1) || heldAt < now.AddMinutes(-options.Value.VerdictDraftLifetimeMinutes))
        {
            return Outcome<VerdictDraft>.Refused(400, "video.refused.findings_expired");
        }

        return expected;
    }

    private static (int Status, string Code)? Refusal(VideoSession session, VideoSessionParticipant me)
    {
        if (me.Role != ParticipantRole.Registrar) return (403, "video.refused.registrar_only");
        if (session.Verdict is not null) return (409, "video.refused.verdict_recorded");
        return null;
    }
}
