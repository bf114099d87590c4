using Microsoft.EntityFrameworkCore;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Applications.Checks;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.16–A.17: the officer approves with their own EDS (recorded on the ledger like the refusal), or refuses with reasons; a
/// refusal reaches the tenant only once KTK's head has signed it with the head's EDS (KTK BIN and the head's role OID).
/// </summary>
public sealed class Decisions(PlatformDbContext db, SignatureAcceptance acceptance, Housing.FlatOffers flats, ReviewChecks reviewChecks,
    Consents.PersonalDataAccess access, TimeProvider time)
{
    /// <summary>
    /// A.16: the officer refuses an application in their own queue with reasons; the refusal reaches the tenant once KTK's head
    /// has signed it. The A.14–A.15 checks must have been run (they are shown first).
    /// </summary>
    public async Task<Outcome> RefuseAsync(string officerIin, Guid id, string? reasons, CancellationToken ct)
    {
        var app = await db.Applications.SingleOrDefaultAsync(a => a.Id == id && a.AssignedOfficerIin == officerIin, ct);
        if (app is null) return new("applications.refused.not_in_queue");
        if (app.Status != ApplicationStatus.Submitted) return new("applications.refused.not_awaiting_decision");
        if (string.IsNullOrWhiteSpace(reasons)) return new("applications.refused.refusal_needs_reasons");
        if (!await db.ReviewChecks.AnyAsync(c => c.ApplicationId == id, ct)) return new("applications.refused.checks_first");
        app.DecidedByIin = officerIin;
        app.DecidedAt = time.GetUtcNow();
        app.Status = ApplicationStatus.RefusalPending;
        app.RefusalReasons = reasons.Trim();
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>
    /// A.16–A.17, first step: whether the officer may approve now, and the approval text to sign. All guarantors (and the
    /// spouse) must have signed, the checks must have run, no Unavailable check may be left without a re-run or an override
    /// (A.15), and a failed check needs <paramref name="failedChecksReviewed"/> — the decision stays the officer's, and the
    /// signed text names every failed check reviewed.
    /// </summary>
    public async Task<Outcome<byte[]>> PrepareApprovalAsync(string officerIin, Guid id, bool failedChecksReviewed, CancellationToken ct)
    {
        var (app, checks, refused) = await ApprovableAsync(officerIin, id, ct);
        if (refused is not null) return Outcome<byte[]>.From(refused);
        if (!failedChecksReviewed && checks.Any(c => c.Outcome == CheckOutcome.Failed))
        {
            return Outcome<byte[]>.Refused(StatusCodes.Status422UnprocessableEntity,
                "applications.refused.checks_failed", checks.Count(c => c.Outcome == CheckOutcome.Failed));
        }

        return Outcome<byte[]>.Ok(ApprovalText.Bytes(app!, checks));
    }

    private static Outcome ApprovalSigned { get; } = Outcome.AlreadySigned("applications.refused.approval_signed");

    /// <summary>
    /// A.16–A.17: the deciding officer's EDS over the approval text (KTK BIN in the certificate) approves the application: verified,
    /// claimed once, recorded on the ledger (<see cref="RecordKind.ApprovalSigned"/>), receipt kept; then a flat is offered.
    /// Without a valid signature nothing changes. 404 outside the officer's queue, 409 approved already (the approval's own
    /// signature resent: Ok, issue 17 §3).
    /// </summary>
    public async Task<Outcome> SignApprovalAsync(string officerIin, Guid id, byte[] cms, CancellationToken ct)
    {
        var (app, checks, refused) = await ApprovableAsync(officerIin, id, ct);
        // Approved already: the step is still named, so the very signature resent is answered Ok (issue 17 §3) and another
        // one 409 — the recheck refuses before verification, so the text's checks are not needed.
        var approvedAlready = app?.Status == ApplicationStatus.Approved;
        if (refused is not null && !approvedAlready) return refused;
        if (cms.Length == 0) return approvedAlready ? ApprovalSigned : new("applications.refused.approval_needs_signature");

        var approved = app!;
        var what = new SignedStep(RecordKind.ApprovalSigned, LedgerSubject.Application(approved.Id), ApprovalText.Bytes(approved, checks), "ktk-officer",
            ClaimKey: $"application:{approved.Id}:approval", Name: "signing.name.approval");
        var who = RequiredSigner.StaffOf(officerIin, acceptance.Options.KtkBin,
            "applications.refused.approval_needs_ktk_key");
        var stored = false;
        var r = await acceptance.AcceptAsync(what, who, cms,
            // Decided already; checked again under the claim: a concurrent submission may have decided it just before.
            async c => await db.Applications.AsNoTracking().AnyAsync(a => a.Id == id && a.Status == ApplicationStatus.Submitted, c) ? null : ApprovalSigned,
            async (signed, c) =>
            {
                approved.ApprovalSignatureCms = cms;
                approved.ApprovalSignedAt = signed.SignedAt;
                approved.ApprovalReceiptId = signed.Receipt.Id;
                approved.DecidedByIin = officerIin;
                approved.DecidedAt = signed.SignedAt;
                approved.Status = ApplicationStatus.Approved;
                await db.SaveChangesAsync(c);
                stored = true;
                return Outcome.Ok;
            }, ct,
            busy: "applications.refused.approval_busy");
        // A.17 seam to Housing: an approval offers a flat of KTK's stock that fits the family; the contract is drafted
        // when the tenant accepts it (one flat per application). A resent approval offers nothing again.
        if (stored) await flats.OfferAsync(approved.Id, ct);
        return r;
    }

    /// <summary>The application in the officer's queue with the latest run of its checks, or why it cannot be approved now.</summary>
    private async Task<(TenantApplication? App, IReadOnlyList<ReviewCheck> Checks, Outcome? Refused)> ApprovableAsync(string officerIin, Guid id, CancellationToken ct)
    {
        var app = await db.Applications.Include(a => a.Guarantors).SingleOrDefaultAsync(a => a.Id == id && a.AssignedOfficerIin == officerIin, ct);
        if (app is null) return (null, [], Outcome.Refused(StatusCodes.Status404NotFound, "applications.refused.not_in_queue"));
        if (app.Status == ApplicationStatus.Approved) return (app, [], ApprovalSigned);
        // A.9: without the tenant's live consent (e.g. withdrawn) the review stops; the refusal is audited.
        if (!await access.TryReadAsync(officerIin, app.TenantIin, "decide:application", $"application/{id}", ct))
        {
            return (null, [], Outcome.Refused(StatusCodes.Status404NotFound, "applications.refused.not_in_queue"));
        }

        if (app.Status != ApplicationStatus.Submitted) return (app, [], new("applications.refused.not_awaiting_decision"));
        if (app.GuarantorRequestedAt is { } asked && !app.Guarantors.Any(g => g.InvitedAt >= asked))
        {
            return (app, [], new("applications.refused.guarantor_requested"));
        }

        if (app.Guarantors.Any(g => g.SignedAt is null)) return (app, [], new("applications.refused.guarantors_sign_first"));
        if (app.Married && app.SpouseSignedAt is null) return (app, [], new("applications.refused.spouse_signs_first"));
        // The latest run counts (earlier runs are history).
        var checks = await reviewChecks.LatestAsync(id, ct);
        if (checks.Count == 0) return (app, [], new("applications.refused.checks_first"));
        var blocking = checks.Count(c => c.Blocks);
        if (blocking > 0)
        {
            return (app, checks, new("applications.refused.checks_unavailable", blocking));
        }

        return (app, checks, null);
    }

    /// <summary>
    /// A.11: the review found the solvency insufficient; the officer asks the tenant for a guarantor with a reason. The
    /// application stays in the queue; the tenant may invite a guarantor after submission, and approval waits for one.
    /// </summary>
    public async Task<Outcome> RequestGuarantorAsync(string officerIin, Guid id, string? reason, CancellationToken ct)
    {
        var app = await db.Applications.SingleOrDefaultAsync(a => a.Id == id && a.AssignedOfficerIin == officerIin, ct);
        if (app is null) return new("applications.refused.not_in_queue");
        if (app.Status != ApplicationStatus.Submitted) return new("applications.refused.not_awaiting_decision");
        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text)) return new("applications.refused.guarantor_reason_needed");
        if (text.Length > 2000) return new("applications.refused.reason_too_long", 2000);
        app.GuarantorRequestedAt = time.GetUtcNow();
        app.GuarantorRequestReason = text;
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>Refusals waiting for the head's signature.</summary>
    public Task<List<TenantApplication>> PendingRefusalsAsync(CancellationToken ct) =>
        db.Applications.AsNoTracking().Where(a => a.Status == ApplicationStatus.RefusalPending).ToListAsync(ct);

    private static Outcome RefusalSigned { get; } = Outcome.AlreadySigned("applications.refused.refusal_signed");

    /// <summary>A.16: verifies the head's signature over the refusal and releases it to the tenant (a conflict when signed already).</summary>
    public async Task<Outcome> SignRefusalAsync(string headIin, Guid id, byte[] cms, CancellationToken ct)
    {
        var app = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (app is null || app.Status is not (ApplicationStatus.RefusalPending or ApplicationStatus.Refused)) return new("applications.refused.no_refusal_pending");
        // A.16: the refusal text, signed by KTK's head (KTK BIN and head role), recorded as RefusalSigned.
        var what = new SignedStep(RecordKind.RefusalSigned, LedgerSubject.Application(app.Id), RefusalText.Bytes(app), "ktk-head",
            ClaimKey: $"application:{app.Id}:refusal");
        var who = RequiredSigner.KtkHead(headIin, acceptance.Options.KtkBin, "applications.refused.refusal_needs_head");
        return await acceptance.AcceptAsync(what, who, cms,
            // Signed already (the very signature resent is answered Ok first); checked again under the claim: a concurrent
            // submission may have signed it just before.
            async c => await db.Applications.AsNoTracking().AnyAsync(a => a.Id == id && a.Status == ApplicationStatus.RefusalPending, c) ? null : RefusalSigned,
            async (signed, c) =>
            {
                app.RefusalSignatureCms = cms;
                app.RefusalSignedAt = signed.SignedAt;
                app.RefusalReceiptId = signed.Receipt.Id;
                app.Status = ApplicationStatus.Refused;
                await db.SaveChangesAsync(c);
                return Outcome.Ok;
            }, ct,
            busy: "applications.refused.refusal_busy");
    }
}
