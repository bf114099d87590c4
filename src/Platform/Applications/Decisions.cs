using Microsoft.EntityFrameworkCore;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.16–A.17: the officer approves, or refuses with reasons; a refusal reaches the tenant only once KTK's
/// head has signed it with the head's EDS (KTK BIN and the head's role OID in the certificate).
/// </summary>
public sealed class Decisions(PlatformDbContext db, SignatureAcceptance acceptance, Housing.FlatOffers flats, TimeProvider time)
{
    /// <summary>
    /// The officer's decision on an application in their own queue. The A.14–A.15 checks must have been run (they are
    /// shown first); an approval despite a failed check needs <paramref name="failedChecksReviewed"/> — the decision stays the officer's.
    /// </summary>
    public async Task<Outcome> DecideAsync(string officerIin, Guid id, bool approve, string? reasons, CancellationToken ct,
        bool failedChecksReviewed = false)
    {
        var app = await db.Applications.Include(a => a.Guarantors).SingleOrDefaultAsync(a => a.Id == id && a.AssignedOfficerIin == officerIin, ct);
        if (app is null) return new("No such application in your queue.");
        if (app.Status != ApplicationStatus.Submitted) return new("The application is not waiting for a decision.");
        if (approve && app.GuarantorRequestedAt is { } asked && !app.Guarantors.Any(g => g.InvitedAt >= asked))
        {
            return new("KTK asked for a guarantor (A.11): the tenant must invite one, and the guarantor sign the application, first.");
        }

        if (approve && app.Guarantors.Any(g => g.SignedAt is null)) return new("Every guarantor must sign the application first (A.12).");
        if (approve && app.Married && app.SpouseSignedAt is null) return new("The spouse must sign the application first (spouse cabinet).");
        if (!approve && string.IsNullOrWhiteSpace(reasons)) return new("A refusal must give its reasons (A.16).");
        // The latest run counts (earlier runs are history).
        var checks = Checks.ReviewChecks.LatestRun(await db.ReviewChecks.AsNoTracking().Where(c => c.ApplicationId == id).ToListAsync(ct)).Select(c => c.Outcome).ToList();
        if (checks.Count == 0) return new("Run the A.14–A.15 checks first: open the application in the review queue.");
        if (approve && !failedChecksReviewed && checks.Contains(Checks.CheckOutcome.Failed))
        {
            return new($"{checks.Count(c => c == Checks.CheckOutcome.Failed)} A.14–A.15 check(s) failed: confirm that you have reviewed them to approve anyway.");
        }

        app.DecidedByIin = officerIin;
        app.DecidedAt = time.GetUtcNow();
        app.Status = approve ? ApplicationStatus.Approved : ApplicationStatus.RefusalPending;
        app.RefusalReasons = approve ? null : reasons!.Trim();
        await db.SaveChangesAsync(ct);
        // A.17 seam to Housing: an approval offers a flat of KTK's stock that fits the family; the contract is drafted
        // when the tenant accepts it. A concurrent approval (double click) gets the same offer (one flat per application).
        if (approve) await flats.OfferAsync(app.Id, ct);
        return Outcome.Ok;
    }

    /// <summary>
    /// A.11: the review found the solvency insufficient; the officer asks the tenant for a guarantor with a reason. The
    /// application stays in the queue; the tenant may invite a guarantor after submission, and approval waits for one.
    /// </summary>
    public async Task<Outcome> RequestGuarantorAsync(string officerIin, Guid id, string? reason, CancellationToken ct)
    {
        var app = await db.Applications.SingleOrDefaultAsync(a => a.Id == id && a.AssignedOfficerIin == officerIin, ct);
        if (app is null) return new("No such application in your queue.");
        if (app.Status != ApplicationStatus.Submitted) return new("The application is not waiting for a decision.");
        var text = reason?.Trim();
        if (string.IsNullOrEmpty(text)) return new("Say why a guarantor is needed (A.11), e.g. the payment exceeds the share of income the solvency check allows.");
        if (text.Length > 2000) return new("The reason is longer than 2000 characters.");
        app.GuarantorRequestedAt = time.GetUtcNow();
        app.GuarantorRequestReason = text;
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>Refusals waiting for the head's signature.</summary>
    public Task<List<TenantApplication>> PendingRefusalsAsync(CancellationToken ct) =>
        db.Applications.AsNoTracking().Where(a => a.Status == ApplicationStatus.RefusalPending).ToListAsync(ct);

    private static Outcome RefusalSigned { get; } = Outcome.AlreadySigned("The refusal is already signed.");

    /// <summary>A.16: verifies the head's signature over the refusal and releases it to the tenant (a conflict when signed already).</summary>
    public async Task<Outcome> SignRefusalAsync(string headIin, Guid id, byte[] cms, CancellationToken ct)
    {
        var app = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (app?.Status == ApplicationStatus.Refused) return RefusalSigned;
        if (app is null || app.Status != ApplicationStatus.RefusalPending) return new("No refusal waiting for your signature with this id.");
        // A.16: the refusal text, signed by KTK's head (KTK BIN and head role), recorded as RefusalSigned.
        var what = new SignedStep(RecordKind.RefusalSigned, LedgerSubject.Application(app.Id), RefusalText.Bytes(app), "ktk-head",
            ClaimKey: $"application:{app.Id}:refusal");
        var who = RequiredSigner.KtkHead(headIin, acceptance.Options.KtkBin, "A refusal must be signed with the EDS of KTK's head (KTK BIN and head role).");
        return await acceptance.AcceptAsync(what, who, cms,
            // Checked again under the claim: a concurrent submission may have signed it just before.
            async c => await db.Applications.AsNoTracking().AnyAsync(a => a.Id == id && a.Status == ApplicationStatus.RefusalPending, c) ? null : RefusalSigned,
            async (signed, c) =>
            {
                app.RefusalSignatureCms = cms;
                app.RefusalSignedAt = signed.SignedAt;
                app.Status = ApplicationStatus.Refused;
                await db.SaveChangesAsync(c);
                return Outcome.Ok;
            }, ct,
            busy: "The refusal is already signed, or being signed right now by another submission; reload the page.");
    }
}
