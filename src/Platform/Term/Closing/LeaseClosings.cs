using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Term.Courts;
using RentToOwn.Platform.Term.Payments;

namespace RentToOwn.Platform.Term.Closing;

/// <summary>
/// A.29–A.31: once the purchase is completed the KTK officer initiates the closing: KTK's letter (termination of the
/// encumbrance) and the transfer contract (the tenant's ownership) are rendered; KTK's head signs the letter, the tenant
/// and then KTK's head sign the transfer contract; every accepted signature is verified and appended to the ledger; then
/// the officer files the two applications (termination first, ownership related to it). A termination without purchase
/// (seed 000) closes with the letter only.
/// </summary>
public sealed class LeaseClosings(PlatformDbContext db, TermStatements statements, TermPdf pdf, SignatureAcceptance acceptance,
    IEnumerable<IRegistrationApplications> registrations, TimeProvider time)
{
    /// <summary>The REGISTERED status name of the registration feature.</summary>
    public const string Registered = "REGISTERED";

    /// <summary>Why no closing starts before the lease encumbrance is REGISTERED (409).</summary>
    public const string NeedsRegistration =
        "term.refused.needs_registration";

    /// <summary>The closing of <paramref name="leaseId"/>, if initiated.</summary>
    public Task<LeaseClosing?> OfLeaseAsync(Guid leaseId, CancellationToken ct) =>
        db.Set<LeaseClosing>().Include(c => c.Signatures).SingleOrDefaultAsync(c => c.LeaseId == leaseId, ct);

    /// <summary>A.29: the officer initiates the closing after a completed purchase (idempotent: returns the existing one).</summary>
    public async Task<Outcome<LeaseClosing>> InitiatePurchaseAsync(LeaseRecord lease, Guid officer, CancellationToken ct)
    {
        if (await OfLeaseAsync(lease.Id, ct) is { } existing)
        {
            return existing.Reason == ClosingReason.Purchase
                ? Outcome<LeaseClosing>.Ok(existing)
                : Outcome<LeaseClosing>.Refused(409, "term.refused.closing_already_reason", existing.Reason.ToString());
        }

        var s = await statements.StatementAsync(lease, ct);
        if (!s.PurchaseCompleted)
        {
            return Outcome<LeaseClosing>.Refused(
                409, "term.refused.purchase_incomplete", s.Periods.Count - s.PaidPeriods, s.Periods.Count);
        }

        // A.29 terminates the encumbrance registered under A.25: without it there is nothing to terminate.
        if (!s.EncumbranceRegistered) return Outcome<LeaseClosing>.Refused(409, NeedsRegistration);

        var closing = Create(lease, ClosingReason.Purchase, null, officer, s);
        closing.TransferPdf = pdf.Render(ClosingDocuments.Transfer(lease, lease.Number + "/P", closing.DocumentDate, s.RetainedTiyn, s.CompletedBy));
        closing.TransferSha256 = Sha(closing.TransferPdf);
        db.Add(closing);
        return await SaveAsync(closing, ct);
    }

    /// <summary>Seed 000: starts the closing of an accepted termination (letter only); saved with the caller's changes.</summary>
    public async Task<LeaseClosing> InitiateTerminationAsync(LeaseRecord lease, TerminationRecord termination, Guid officer, CancellationToken ct)
    {
        var s = await statements.StatementAsync(lease, ct);
        var reason = termination.Kind == TerminationKind.Voluntary ? ClosingReason.VoluntaryTermination : ClosingReason.CourtDecision;
        var closing = Create(lease, reason, termination, officer, s);
        db.Add(closing);
        return closing;
    }

    /// <summary>KTK's head signs the letter (KTK BIN + head role); ledger LetterSigned; verifiable in the public verifier.</summary>
    public async Task<Outcome<LeaseClosing>> SignLetterAsync(LeaseRecord lease, string iin, byte[] cms, CancellationToken ct)
    {
        if (await OfLeaseAsync(lease.Id, ct) is not { } closing) return Outcome<LeaseClosing>.Refused(409, "term.refused.closing_not_initiated");
        // A.29: the letter signed with KTK's head's EDS goes to the ledger (no IIN: HMAC reference); once.
        var signed = closing.Signatures.Any(x => x.Document == ClosingDocumentKind.Letter) ? Outcome.AlreadySigned("term.refused.letter_signed") : null;
        return await SignAsync(closing, ClosingDocumentKind.Letter, 0, Head(iin), closing.LetterPdf, cms, RecordKind.LetterSigned, "letter", signed, ct);
    }

    /// <summary>The transfer contract: the tenant signs first, then KTK's head (A.31).</summary>
    public async Task<Outcome<LeaseClosing>> SignTransferAsync(LeaseRecord lease, string iin, bool isTenant, bool isHead, byte[] cms, CancellationToken ct)
    {
        if (await OfLeaseAsync(lease.Id, ct) is not { TransferPdf: { } transfer } closing)
        {
            return Outcome<LeaseClosing>.Refused(409, "term.refused.no_transfer");
        }

        var done = closing.Signatures.Count(x => x.Document == ClosingDocumentKind.Transfer);
        // Signed already: refused after a resent signature of that step is answered Ok (issue 17 §3).
        Outcome? Signed(int step) => done == 2 ? Outcome.AlreadySigned("term.refused.transfer_signed")
            : done > step ? Outcome.AlreadySigned("term.refused.transfer_signed_you") : null;
        if (isTenant)
        {
            return await SignAsync(closing, ClosingDocumentKind.Transfer, 0, RequiredSigner.Person(lease.TenantIin) with { Who = "signing.who.tenant" }, transfer, cms, RecordKind.SignatureAdded,
                "transfer", Signed(0), ct);
        }
        else if (isHead)
        {
            if (done == 0) return Outcome<LeaseClosing>.Refused(422, "term.refused.transfer_tenant_first");
            return await SignAsync(closing, ClosingDocumentKind.Transfer, 1, Head(iin), transfer, cms, RecordKind.SignatureAdded, "transfer", Signed(1), ct);
        }

        return Outcome<LeaseClosing>.Refused(403, "term.refused.transfer_signers");
    }

    /// <summary>
    /// A.29: files the encumbrance-termination application (basis: KTK's signed letter) and, after a purchase, the
    /// ownership application (basis: the transfer contract; related to the termination). Idempotent.
    /// </summary>
    public async Task<Outcome<LeaseClosing>> FileAsync(LeaseRecord lease, Guid officer, CancellationToken ct)
    {
        if (await OfLeaseAsync(lease.Id, ct) is not { } closing) return Outcome<LeaseClosing>.Refused(409, "term.refused.closing_not_initiated");
        if (!await statements.EncumbranceRegisteredAsync(lease.Id, ct)) return Outcome<LeaseClosing>.Refused(409, NeedsRegistration);
        var letter = closing.Signatures.SingleOrDefault(x => x.Document == ClosingDocumentKind.Letter);
        if (letter is null) return Outcome<LeaseClosing>.Refused(409, "term.refused.letter_unsigned");
        var transfer = closing.Signatures.Where(x => x.Document == ClosingDocumentKind.Transfer).OrderBy(x => x.Step).ToList();
        if (closing.Reason == ClosingReason.Purchase && transfer.Count < 2)
        {
            return Outcome<LeaseClosing>.Refused(409, transfer.Count == 0
                ? "term.refused.transfer_unsigned_tenant" : "term.refused.transfer_unsigned_head");
        }

        if (registrations.LastOrDefault() is not { } registration)
        {
            return Outcome<LeaseClosing>.Refused(503, "term.refused.no_filing");
        }

        // Seed 000: a court-ordered termination carries the decision (certified by the KTK officer's EDS) beside the letter,
        // so the registration proceeds without the tenant (no consent, no A.30 session; see CourtOrderedTermination).
        BasisDocument? courtDecision = null;
        if (closing.Reason == ClosingReason.CourtDecision)
        {
            var decision = await db.Set<TerminationRecord>().AsNoTracking()
                .SingleOrDefaultAsync(t => t.Id == closing.TerminationId && t.Kind == TerminationKind.Involuntary && t.AcceptedAt != null, ct);
            if (decision?.DecisionFile is not { Length: > 0 } file || decision.Cms is null)
            {
                return Outcome<LeaseClosing>.Refused(409, "term.refused.decision_missing");
            }

            var title = $"Сот шешімі / Решение суда: {decision.CourtName}, {decision.CaseNumber}, {decision.DecisionDate:yyyy-MM-dd}";
            courtDecision = new BasisDocument(BasisDocumentKind.CourtDecision, title[..Math.Min(300, title.Length)], file,
                [new BasisSignature(decision.Cms, BasisSignerRole.Ktk, lease.LessorBin)]);
        }

        try
        {
            closing.TerminationRegistrationId ??= await registration.StartAsync(new RegistrationStart(lease.Id, RegistrationKind.EncumbranceTermination,
                new BasisDocument(BasisDocumentKind.KtkLetter, $"Хат / Письмо № {closing.LetterNumber}", closing.LetterPdf,
                    [new BasisSignature(letter.Cms, BasisSignerRole.Ktk, lease.LessorBin)]),
                null, officer) { CourtDecision = courtDecision }, ct);
            await db.SaveChangesAsync(ct);
            if (closing.Reason == ClosingReason.Purchase)
            {
                closing.OwnershipRegistrationId ??= await registration.StartAsync(new RegistrationStart(lease.Id, RegistrationKind.Ownership,
                    new BasisDocument(BasisDocumentKind.TransferContract, $"Беру шарты / Договор передачи № {lease.Number}/P", closing.TransferPdf!,
                        [new BasisSignature(transfer[0].Cms, BasisSignerRole.Tenant, lease.TenantIin), new BasisSignature(transfer[1].Cms, BasisSignerRole.Ktk, lease.LessorBin)]),
                    closing.TerminationRegistrationId, officer), ct);
            }
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
        {
            return Outcome<LeaseClosing>.Refused(422, "term.refused.filing_refused", e.Message);
        }

        closing.FiledAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Outcome<LeaseClosing>.Ok(closing);
    }

    /// <summary>The closing as the parties see it, with the applications' statuses; null when not initiated.</summary>
    public async Task<ClosingView?> ViewAsync(LeaseRecord lease, CancellationToken ct)
    {
        if (await OfLeaseAsync(lease.Id, ct) is not { } c) return null;
        var apps = new List<RegistrationSummary>();
        if (c.TerminationRegistrationId is not null && registrations.LastOrDefault() is { } registration)
        {
            apps = (await registration.ForLeaseAsync(lease.Id, ct))
                .Where(a => a.Id == c.TerminationRegistrationId || a.Id == c.OwnershipRegistrationId).ToList();
        }

        var receipts = await db.ReceiptsAsync(c.Signatures.Select(s => s.ReceiptId), ct);
        var (state, next) = StateOf(c, apps);
        return new ClosingView(lease.Id, c.Reason.ToString(), state, UiText.Shared.Get(Languages.Current, "term.closing.next." + next), c.LetterNumber, c.LetterSha256, c.TransferSha256,
            c.Signatures.OrderBy(s => s.Document).ThenBy(s => s.Step)
                .Select(s => new ClosingSignatureView(s.Document.ToString(), s.Step, s.Role, s.SignedAt, receipts.Of(s.ReceiptId)?.LeafIndex ?? -1)).ToList(),
            c.TerminationRegistrationId, c.OwnershipRegistrationId,
            apps.Select(a => new ClosingApplication(a.Id, a.Kind.ToString(), a.Status, a.ReasonCode, a.LegalBasis)).ToList());
    }

    // The state and the next step's text key (term.closing.next.…).
    private static (string State, string Next) StateOf(LeaseClosing c, IReadOnlyList<RegistrationSummary> apps)
    {
        bool Registered(Guid? id) => id is not null && apps.Any(a => a.Id == id && a.Status == LeaseClosings.Registered);
        if (c.Reason == ClosingReason.Purchase && Registered(c.TerminationRegistrationId) && Registered(c.OwnershipRegistrationId))
        {
            return ("Owned", "owned");
        }

        if (c.Reason != ClosingReason.Purchase && Registered(c.TerminationRegistrationId)) return ("Terminated", "terminated");
        if (c.FiledAt is not null) return ("Filed", "filed");
        var letterSigned = c.Signatures.Any(s => s.Document == ClosingDocumentKind.Letter);
        var transfer = c.Signatures.Count(s => s.Document == ClosingDocumentKind.Transfer);
        if (!letterSigned) return ("AwaitingSignatures", "letter");
        if (c.Reason == ClosingReason.Purchase && transfer == 0) return ("AwaitingSignatures", "transfer_tenant");
        if (c.Reason == ClosingReason.Purchase && transfer == 1) return ("AwaitingSignatures", "transfer_head");
        return ("ReadyToFile", "ready");
    }

    private LeaseClosing Create(LeaseRecord lease, ClosingReason reason, TerminationRecord? termination, Guid officer, TermStatement s)
    {
        var number = lease.Number + "/T";
        var closing = new LeaseClosing
        {
            Id = Guid.NewGuid(), LeaseId = lease.Id, Reason = reason, TerminationId = termination?.Id, LetterNumber = number, DocumentDate = statements.Today,
            InitiatedByAccountId = officer, InitiatedAt = time.GetUtcNow(), LetterPdf = [], LetterSha256 = "",
        };
        closing.LetterPdf = pdf.Render(ClosingDocuments.Letter(lease, number, closing.DocumentDate, reason, s.RetainedTiyn, s.CompletedBy, termination));
        closing.LetterSha256 = Sha(closing.LetterPdf);
        return closing;
    }

    private RequiredSigner Head(string iin) =>
        RequiredSigner.KtkHead(iin, acceptance.Options.KtkBin, "term.refused.needs_ktk_head") with { Who = "signing.who.ktk_head" };

    /// <summary>
    /// Accepts a signature over a closing document (the empty one: missing) and saves it with its receipt; a step
    /// <paramref name="signedAlready"/> is refused unless this very signature is resent (Ok, nothing stored twice).
    /// </summary>
    private async Task<Outcome<LeaseClosing>> SignAsync(LeaseClosing closing, ClosingDocumentKind document, int step, RequiredSigner who, byte[] bytes,
        byte[] cms, RecordKind kind, string subject, Outcome? signedAlready, CancellationToken ct)
    {
        var role = who.Head ? "ktk-head" : "tenant";
        if (cms.Length == 0)
        {
            return signedAlready is not null ? Outcome<LeaseClosing>.From(signedAlready)
                : Outcome<LeaseClosing>.Refused(422, "term.refused.signature_missing", new Outcome.Text(who.Who!, who.Bin));
        }

        var accepted = await acceptance.AcceptAsync(new SignedStep(kind, LedgerSubject.Of(subject, closing.Id), bytes, role), who, cms,
            _ => Task.FromResult(signedAlready), (signed, _) =>
        {
            var signature = new ClosingSignature
            {
                Id = Guid.NewGuid(), ClosingId = closing.Id, Document = document, Step = step, Role = role, SignerIin = signed.SignerIin, Cms = cms,
                SignedAt = signed.SignedAt, ReceiptId = signed.Receipt.Id,
            };
            closing.Signatures.Add(signature);
            db.Add(signature);
            return Task.FromResult(Outcome.Ok);
        }, ct);
        return accepted.Succeeded ? await SaveAsync(closing, ct) : Outcome<LeaseClosing>.From(accepted);
    }

    private async Task<Outcome<LeaseClosing>> SaveAsync(LeaseClosing closing, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome<LeaseClosing>.Ok(closing);
        }
        catch (DbUpdateException)
        {
            return Outcome<LeaseClosing>.Refused(409, "term.refused.closing_changed");
        }
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
