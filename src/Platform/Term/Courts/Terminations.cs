using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Courts;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Term.Closing;
using RentToOwn.Platform.Term.Payments;

namespace RentToOwn.Platform.Term.Courts;

/// <summary>
/// Seed 000 — the Constitutional Court's normative resolution No. 41-NP of 19 April 2024 on Constitution art. 25(1) and
/// 26(3): "nobody may be deprived of housing without a court decision"; without the owner's consent a court decision is
/// mandatory and has no alternative. So a lease ends without purchase only (1) voluntarily, proven by the tenant's own
/// EDS signature over the request, or (2) involuntarily (e.g. arrears) on a recorded court decision — court, case number,
/// date and the decision document with its SHA-256 — certified by the KTK officer's EDS over the decision file.
/// An accepted termination is appended to the ledger (no IINs) and starts the closing with KTK's letter citing it.
/// </summary>
public sealed class Terminations(PlatformDbContext db, TermStatements statements, LeaseClosings closings, SignatureAcceptance acceptance,
    ICourtDecisionRegistry courts, IOptions<TermOptions> options, TimeProvider time)
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>The seed 000 message every refused involuntary termination starts with.</summary>
    public static readonly Outcome.Text CourtRule = new("term.refused.court_rule");

    /// <summary>Step 1 of an involuntary termination: validates and stores the court decision record (awaiting the officer's EDS).</summary>
    public async Task<Outcome<TerminationRecord>> RecordCourtDecisionAsync(LeaseRecord lease, Guid officer, CourtDecisionInput input, CancellationToken ct)
    {
        if (await OpenRefusalAsync(lease, ct) is { } refused) return refused;
        var o = options.Value;
        var problems = new List<Outcome.Text>();
        var court = input.CourtName?.Trim();
        var caseNumber = input.CaseNumber?.Trim();
        var ground = input.Ground?.Trim();
        if (string.IsNullOrEmpty(court)) problems.Add(new("term.refused.record.court_missing"));
        else if (court.Length > 200) problems.Add(new("term.refused.record.court_long", 200));
        if (string.IsNullOrEmpty(caseNumber)) problems.Add(new("term.refused.record.case_missing"));
        else if (caseNumber.Length > 60) problems.Add(new("term.refused.record.case_long", 60));
        if (string.IsNullOrEmpty(ground)) problems.Add(new("term.refused.record.ground_missing"));
        else if (ground.Length > 500) problems.Add(new("term.refused.record.ground_long", 500));
        DateOnly? date = null;
        if (string.IsNullOrWhiteSpace(input.DecisionDate)) problems.Add(new("term.refused.record.date_missing"));
        else if (!DateOnly.TryParseExact(input.DecisionDate.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            problems.Add(new("term.refused.record.date_invalid", input.DecisionDate));
        }
        else if (d > statements.Today) problems.Add(new("term.refused.record.date_future", d));
        else if (d < lease.StartDate) problems.Add(new("term.refused.record.date_before_lease", d, lease.StartDate));
        else date = d;

        string? type = null;
        if (input.FileTooLarge) problems.Add(new("term.refused.record.file_large", o.MaxCourtDecisionBytes));
        else if (input.File is null) problems.Add(new("term.refused.record.file_missing"));
        else if (input.File.Length == 0) problems.Add(new("term.refused.record.file_empty"));
        else if (input.File.Length > o.MaxCourtDecisionBytes) problems.Add(new("term.refused.record.file_large", o.MaxCourtDecisionBytes));
        else if ((type = TypeOf(input.File)) is null) problems.Add(new("term.refused.record.file_type"));

        if (problems.Count > 0) return Outcome<TerminationRecord>.Refused(422, "term.refused.record_incomplete", CourtRule, new Outcome.Texts(problems));
        // Seed 000: the decision is checked against the court-records service, not taken on KTK's word.
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(input.File!));
        CourtDecision? found;
        try
        {
            found = await courts.FindAsync(court!, caseNumber!, ct);
        }
        catch (CourtRecordsUnavailableException e)
        {
            return Outcome<TerminationRecord>.Refused(503, "term.refused.court_unavailable", CourtRule, e.Message);
        }

        var today = statements.Today;
        var mismatch = CourtDecisionCheck.Problems(found, court!, caseNumber!, date!.Value, lease.TenantIin, lease.Flat.CadastralNumber, sha256, today);
        if (mismatch.Count > 0) return Outcome<TerminationRecord>.Refused(422, "term.refused.court_mismatch", CourtRule, new Outcome.Texts(mismatch));
        var record = new TerminationRecord
        {
            Id = Guid.NewGuid(), LeaseId = lease.Id, Kind = TerminationKind.Involuntary, Ground = ground!, CourtName = court, CaseNumber = caseNumber,
            DecisionDate = date, DecisionFileName = SafeName(input.FileName), DecisionContentType = type, DecisionFile = input.File,
            DocumentSha256 = sha256, RecordedByAccountId = officer, RecordedAt = time.GetUtcNow(),
            DecisionInForceOn = found!.InForceOn, CourtVerifiedAt = time.GetUtcNow(),
            ConsideredFamily = ConsideredFamilyText.Write(CourtDecisionCheck.MinorsFirst(found.FamilyMembers, today)),
        };
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return Outcome<TerminationRecord>.Ok(record);
    }

    /// <summary>Step 2: the KTK officer's EDS over the decision file accepts the termination (ledger) and starts the closing.</summary>
    public async Task<Outcome<TerminationRecord>> CertifyCourtDecisionAsync(LeaseRecord lease, Guid id, Guid officer, string officerIin, byte[] cms, CancellationToken ct)
    {
        var record = await db.Set<TerminationRecord>().SingleOrDefaultAsync(t => t.Id == id && t.LeaseId == lease.Id && t.Kind == TerminationKind.Involuntary, ct);
        if (record?.DecisionFile is null) return Outcome<TerminationRecord>.Refused(404, "term.refused.no_record");
        // Accepted already: on to AcceptAsync, which answers the very signature resent Ok and refuses another.
        if (record.AcceptedAt is not null)
        {
            if (cms.Length == 0) return Outcome<TerminationRecord>.Refused(409, "term.refused.record_accepted");
        }
        else
        {
            if (record.CourtVerifiedAt is null) return Outcome<TerminationRecord>.Refused(422, "term.refused.record_unconfirmed", CourtRule);
            if (await OpenRefusalAsync(lease, ct) is { } refused) return refused;
            if (cms.Length == 0) return Outcome<TerminationRecord>.Refused(422, "term.refused.officer_signature_missing");
        }

        var who = RequiredSigner.StaffOf(officerIin, acceptance.Options.KtkBin, "term.refused.needs_ktk_key")
            with { Who = "signing.who.ktk_officer" };
        return await AcceptAsync(lease, record, who, "ktk-officer", record.DecisionFile, cms, officer, ct);
    }

    /// <summary>The voluntary termination: accepted only with the tenant's own EDS signature over <see cref="ClosingDocuments.VoluntaryRequest"/>.</summary>
    public async Task<Outcome<TerminationRecord>> VoluntaryAsync(LeaseRecord lease, Guid caller, byte[] cms, string? ground, CancellationToken ct)
    {
        var request = ClosingDocuments.VoluntaryRequest(lease);
        var who = RequiredSigner.Person(lease.TenantIin) with { Who = "signing.who.tenant" };
        // The very request resent after a lost answer: the same record, whose acceptance replays the first answer (issue 17 §3).
        var accepted = await db.Set<TerminationRecord>().Where(t => t.LeaseId == lease.Id && t.Kind == TerminationKind.Voluntary && t.Cms != null).ToListAsync(ct);
        if (cms.Length > 0 && accepted.FirstOrDefault(t => t.Cms.AsSpan().SequenceEqual(cms)) is { } resent)
        {
            return await AcceptAsync(lease, resent, who, "tenant", request, cms, caller, ct);
        }

        if (await OpenRefusalAsync(lease, ct) is { } refused) return refused;
        if (cms.Length == 0)
        {
            return Outcome<TerminationRecord>.Refused(
                422, "term.refused.voluntary_needs_signature");
        }

        var record = new TerminationRecord
        {
            Id = Guid.NewGuid(), LeaseId = lease.Id, Kind = TerminationKind.Voluntary, Ground = string.IsNullOrWhiteSpace(ground) ? "voluntary" : ground.Trim()[..Math.Min(500, ground.Trim().Length)],
            DocumentSha256 = Convert.ToHexStringLower(SHA256.HashData(request)), RecordedByAccountId = caller, RecordedAt = time.GetUtcNow(),
        };
        return await AcceptAsync(lease, record, who, "tenant", request, cms, caller, ct);
    }

    /// <summary>The stored decision file of a court decision record.</summary>
    public async Task<byte[]> DecisionFileAsync(Guid id, CancellationToken ct) =>
        await db.Set<TerminationRecord>().AsNoTracking().Where(t => t.Id == id).Select(t => t.DecisionFile).SingleOrDefaultAsync(ct) ?? [];

    /// <summary>The terminations of a lease, newest first.</summary>
    public Task<List<TerminationRecord>> OfLeaseAsync(Guid leaseId, CancellationToken ct) =>
        db.Set<TerminationRecord>().AsNoTracking().Where(t => t.LeaseId == leaseId).OrderByDescending(t => t.RecordedAt).ToListAsync(ct);

    /// <summary>Accepts the signature over <paramref name="document"/>, stores <paramref name="record"/> (added when new) and starts the closing.</summary>
    private async Task<Outcome<TerminationRecord>> AcceptAsync(LeaseRecord lease, TerminationRecord record, RequiredSigner who, string role, byte[] document,
        byte[] cms, Guid account, CancellationToken ct)
    {
        // Seed 000: a court decision goes on the ledger as CourtDecisionRecorded (the decision file, the officer's EDS
        // certifying it); the tenant's voluntary request is an ordinary SignatureAdded.
        var kind = record.Kind == TerminationKind.Involuntary ? RecordKind.CourtDecisionRecorded : RecordKind.SignatureAdded;
        // Accepted already: refused after this very signature resent is answered Ok (issue 17 §3).
        var acceptedAlready = record.AcceptedAt is not null ? Outcome.AlreadySigned("term.refused.record_accepted") : null;
        var accepted = await acceptance.AcceptAsync(new SignedStep(kind, LedgerSubject.Termination(record.Id), document, role), who, cms,
            _ => Task.FromResult(acceptedAlready), async (signed, c) =>
        {
            if (db.Entry(record).State == EntityState.Detached) db.Add(record);
            record.Cms = cms;
            record.SignerIin = signed.SignerIin;
            record.ReceiptId = signed.Receipt.Id;
            record.AcceptedAt = signed.SignedAt;
            await closings.InitiateTerminationAsync(lease, record, account, c);
            return await acceptance.SaveAsync("term.refused.closing_already", c);
        }, ct);
        return accepted.Succeeded ? Outcome<TerminationRecord>.Ok(record) : Outcome<TerminationRecord>.From(accepted);
    }

    private async Task<Outcome<TerminationRecord>?> OpenRefusalAsync(LeaseRecord lease, CancellationToken ct)
    {
        if (await closings.OfLeaseAsync(lease.Id, ct) is { } c) return Outcome<TerminationRecord>.Refused(409, "term.refused.closing_already_reason", c.Reason.ToString());
        if (!await statements.IsActiveAsync(lease, ct)) return Outcome<TerminationRecord>.Refused(409, "term.refused.no_lease_in_force");
        if (!await statements.EncumbranceRegisteredAsync(lease.Id, ct)) return Outcome<TerminationRecord>.Refused(409, LeaseClosings.NeedsRegistration);
        var s = await statements.StatementAsync(lease, ct);
        return s.PurchaseCompleted ? Outcome<TerminationRecord>.Refused(409, "term.refused.purchase_completed_transfer") : null;
    }

    private static string? TypeOf(byte[] file) =>
        file.AsSpan().StartsWith(Pdf) ? "application/pdf" : file.AsSpan().StartsWith(Png) ? "image/png" : file.AsSpan().StartsWith(Jpeg) ? "image/jpeg" : null;

    private static string SafeName(string? name)
    {
        var n = Path.GetFileName(name ?? "decision");
        return n.Length > 200 ? n[..200] : n.Length == 0 ? "decision" : n;
    }
}
