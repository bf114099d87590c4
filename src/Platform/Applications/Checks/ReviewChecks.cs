using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Domain;
using RentToOwn.Domain.Calendar;
using RentToOwn.Domain.Identity;
using RentToOwn.Domain.Leases;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Applications.Checks.Sources;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Applications.Checks;

/// <summary>
/// A.14–A.15: the checks an officer sees in the review queue before deciding — EDS ownership, civil standing,
/// solvency, credit history, litigation, KTK affiliation, the terrorism/extremism financing list — for the tenant,
/// the spouse and each guarantor. Every read of a person's data goes through <see cref="PersonalDataAccess"/>
/// (live consent required, each read audited); a source that does not answer makes the check Unavailable.
/// Results are stored with the application; the decision stays the officer's.
/// </summary>
public sealed class ReviewChecks(
    PlatformDbContext db, PersonalDataAccess access, IConsentService consents, CadesVerifier verifier, EdsTrust trust,
    ICreditBureau creditBureau, ICourtRecords courts, IAffiliateRegistry affiliates, IFinancingList financingList, IPersonRegistry persons,
    IOptions<ReviewCheckOptions> options, IOptions<ContractOffer> offer, DeadlineCalculator deadlines, TimeProvider time)
{
    /// <summary>The stored results of the latest run for an application, in display order.</summary>
    public async Task<IReadOnlyList<ReviewCheck>> LatestAsync(Guid applicationId, CancellationToken ct) =>
        LatestRun(await db.ReviewChecks.AsNoTracking().Where(c => c.ApplicationId == applicationId).ToListAsync(ct))
        .OrderBy(c => SubjectOrder(c.SubjectRole)).ThenBy(c => c.SubjectRole, StringComparer.Ordinal).ThenBy(c => c.Kind).ToList();

    /// <summary>The rows of the latest run among <paramref name="rows"/> (one run shares its check time); earlier runs are history.</summary>
    public static IEnumerable<ReviewCheck> LatestRun(IReadOnlyCollection<ReviewCheck> rows)
    {
        if (rows.Count == 0) return [];
        var last = rows.Max(c => c.CheckedAt);
        return rows.Where(c => c.CheckedAt == last);
    }

    /// <summary>A.15: the earlier runs of the checks (kept when they are run again), newest first.</summary>
    public async Task<IReadOnlyList<CheckRun>> HistoryAsync(Guid applicationId, CancellationToken ct)
    {
        var rows = await db.ReviewChecks.AsNoTracking().Where(c => c.ApplicationId == applicationId).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var last = rows.Max(c => c.CheckedAt);
        return rows.Where(c => c.CheckedAt != last).GroupBy(c => c.CheckedAt).OrderByDescending(g => g.Key)
            .Select(g => new CheckRun(g.Key, g.First().CheckedByIin, g.Count(c => c.Outcome == CheckOutcome.Passed),
                g.Count(c => c.Outcome == CheckOutcome.Failed), g.Count(c => c.Outcome == CheckOutcome.Unavailable))).ToList();
    }

    /// <summary>
    /// Runs every check for the application in <paramref name="officerIin"/>'s queue; the earlier results stay as history;
    /// null when the application is not in that officer's queue.
    /// </summary>
    public async Task<IReadOnlyList<ReviewCheck>?> RunAsync(string officerIin, Guid applicationId, CancellationToken ct)
    {
        var app = await db.Applications.Include(a => a.Guarantors).ThenInclude(g => g.Documents).Include(a => a.Documents).AsNoTracking().AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.AssignedOfficerIin == officerIin, ct);
        if (app is null) return null;

        var subjects = new List<(string Role, string Iin)> { ("tenant", app.TenantIin) };
        if (app.Married && app.SpouseIin is { } spouse) subjects.Add(("spouse", spouse));
        // A.14: each guarantor; a legal entity (A.2.9) by its BIN, its data read under its acting head's consent.
        subjects.AddRange(app.Guarantors.OrderBy(g => g.Order).Select(g => ($"guarantor {g.Order}", g.GuarantorBin ?? g.GuarantorIin!)));

        // One run shares one check time; a run in the same instant as the previous one is stamped just after it.
        var now = time.GetUtcNow();
        var earlier = await db.ReviewChecks.Where(c => c.ApplicationId == app.Id).Select(c => c.CheckedAt).ToListAsync(ct);
        if (earlier.Count > 0 && earlier.Max() >= now) now = earlier.Max().AddMilliseconds(1);
        var results = new List<ReviewCheck>();
        foreach (var (role, iin) in subjects)
        {
            foreach (var kind in Enum.GetValues<CheckKind>())
            {
                if (kind == CheckKind.Solvency && role != "tenant") continue; // A.14: the applicant's declared income
                if (kind is CheckKind.CreditHistory or CheckKind.Litigation && role == "spouse") continue; // A.15: applicant and guarantors
                if (kind == CheckKind.CivilStanding && GuarantorOf(app, role)?.IsOrganisation == true) continue; // a legal entity has no civil standing
                var result = await RunOneAsync(officerIin, app, role, iin, kind, ct);
                results.Add(new ReviewCheck
                {
                    Id = Guid.NewGuid(), ApplicationId = app.Id, Kind = kind, SubjectRole = role, SubjectIin = iin, Outcome = result.Outcome,
                    ReasonKey = result.ReasonKey, ReasonArgs = string.Join('\u001f', result.Args), Source = SourceOf(kind),
                    CheckedByIin = officerIin, CheckedAt = now,
                });
            }
        }

        // A.15: re-running keeps the earlier results (history); the latest run is the one that counts.
        db.ReviewChecks.AddRange(results);
        await db.SaveChangesAsync(ct);
        return await LatestAsync(app.Id, ct);
    }

    /// <summary>Where each check's answer comes from (shown to the officer).</summary>
    public static string SourceOf(CheckKind kind) => kind switch
    {
        CheckKind.EdsOwnership => "platform: EDS signatures + NCA trust",
        CheckKind.CivilStanding => "ЖТ МДБ (cadastre simulator state)",
        CheckKind.Solvency => "application A.8 + lease schedule",
        CheckKind.CreditHistory => "credit bureau (stand-in)",
        CheckKind.Litigation => "court records (stand-in)",
        CheckKind.Affiliation => "KTK affiliate list (stand-in)",
        _ => "financing list (cadastre simulator state)",
    };

    private async Task<CheckResult> RunOneAsync(string officerIin, TenantApplication app, string role, string iin, CheckKind kind, CancellationToken ct)
    {
        // A.9: no personal data of a person without their live consent; every read (allowed or not) is audited. A legal
        // entity's data is read under its acting head's consent (none before a head has taken the invitation up).
        var consentOf = GuarantorOf(app, role) is { IsOrganisation: true } org ? org.GuarantorIin : iin;
        if (consentOf is null || !await access.TryReadAsync(officerIin, consentOf, $"check:{kind}", $"application/{app.Id}", ct))
        {
            return CheckResult.Unavailable("reason.noconsent");
        }

        try
        {
            return kind switch
            {
                CheckKind.EdsOwnership => await EdsOwnershipAsync(app, role, iin, ct),
                CheckKind.CivilStanding => await CivilStandingAsync(iin, ct),
                CheckKind.Solvency => await SolvencyAsync(officerIin, app, ct),
                CheckKind.CreditHistory => await CreditHistoryAsync(iin, ct),
                CheckKind.Litigation => await LitigationAsync(iin, ct),
                CheckKind.Affiliation => await affiliates.FindAsync(iin, ct) is { } a
                    ? CheckResult.Failed("affiliate.listed", a.Basis) : CheckResult.Passed("affiliate.none"),
                _ => await financingList.IsListedAsync(iin, ct) ? CheckResult.Failed("financing.listed") : CheckResult.Passed("financing.none"),
            };
        }
        catch (ReviewSourceUnavailableException ex)
        {
            return CheckResult.Unavailable("reason.source", ex.Message);
        }
    }

    /// <summary>A.14: re-verifies the person's stored signature with the IIN expected: the certificate must be theirs, valid and unrevoked.</summary>
    private async Task<CheckResult> EdsOwnershipAsync(TenantApplication app, string role, string iin, CancellationToken ct)
    {
        byte[]? cms;
        byte[] document;
        string what;
        ExpectedSigner? expected = null;
        if (role == "tenant")
        {
            // The tenant's EDS-signed A.9 consent, over the form bytes kept with it.
            var consent = await consents.LiveConsentAsync(iin, ConsentPurposes.Application, ct);
            cms = consent?.SignatureCms;
            document = consent?.SignedForm ?? []; // the exact bytes signed (they hold the form number, issue 15 §3)
            what = "consent A.9";
        }
        else if (GuarantorOf(app, role) is { } g)
        {
            // A.12, A.14: the guarantor's signature over their own text; a legal entity's by its head (that BIN, head role).
            cms = g.SignatureCms;
            document = GuarantorText.Bytes(app, g);
            what = "application A.12";
            if (g.IsOrganisation)
            {
                if (cms is null || g.GuarantorIin is null) return CheckResult.Unavailable("eds.notsigned");
                expected = new ExpectedSigner(Iin: Iin.Parse(g.GuarantorIin), Bin: Bin.Parse(g.GuarantorBin!), RoleOid: KzOids.RoleHead);
            }
        }
        else
        {
            cms = app.SpouseSignatureCms;
            document = ApplicationText.Bytes(app);
            what = "application A.12";
        }

        if (cms is null) return CheckResult.Unavailable("eds.notsigned");
        var report = verifier.Verify(document, cms, trust.Policy(KeyPurpose.Signing, expected ?? new ExpectedSigner(Iin: Iin.Parse(iin))));
        var sig = report.Signatures.Count == 1 ? report.Signatures[0] : null;
        if (sig is null || !report.Passed) return CheckResult.Failed("eds.failed", what, sig is null ? "exactly one signature expected" : VerificationText.Of(sig));
        return CheckResult.Passed("eds.ok", what, sig.Signer?.CommonName ?? "", sig.Chain.FirstOrDefault()?.SerialHex ?? "");
    }

    private async Task<CheckResult> CivilStandingAsync(string iin, CancellationToken ct)
    {
        var person = await persons.FindAsync(iin, ct);
        if (person is null) return CheckResult.Failed("civil.notfound");
        if (!person.Alive) return CheckResult.Failed("civil.dead", person.Name);
        if (!person.LegalCapacity) return CheckResult.Failed("civil.incapable", person.Name);
        return CheckResult.Passed("civil.ok", person.Name);
    }

    /// <summary>
    /// A.14 solvency (our rule, see <see cref="ReviewCheckOptions.MaxPaymentShareOfIncome"/>): the monthly payment of the
    /// lease schedule — the drafted lease's, or KTK's offer today — at most the configured share of the declared income.
    /// </summary>
    private async Task<CheckResult> SolvencyAsync(string officerIin, TenantApplication app, CancellationToken ct)
    {
        var lease = await db.Leases.AsNoTracking().FirstOrDefaultAsync(l => l.ApplicationId == app.Id, ct);
        var payment = lease is not null ? ContractSchedules.Payments(lease).MonthlyPayment : OfferPayment();
        if (app.MonthlyIncomeTiyn <= 0) return CheckResult.Failed("solvency.noincome");
        var share = options.Value.MaxPaymentShareOfIncome;
        // A.11, A.14: the guarantors' incomes less their obligations count too ({1} is the sum; {4}, {5} its parts).
        var guarantors = await GuarantorNetIncomeAsync(officerIin, app, ct);
        var income = app.MonthlyIncomeTiyn + guarantors;
        var ratio = (decimal)payment.Tiyn / income;
        string[] args =
        [
            Tenge(payment.Tiyn), Tenge(income), (ratio * 100).ToString("0.#", CultureInfo.InvariantCulture),
            (share * 100).ToString("0.#", CultureInfo.InvariantCulture), Tenge(app.MonthlyIncomeTiyn), Tenge(guarantors),
        ];
        return ratio <= share ? CheckResult.Passed("solvency.ok", args) : CheckResult.Failed("solvency.low", args);
    }

    /// <summary>
    /// A.14 (our rule, docs/algorithm.md): the monthly income less the monthly obligations of each guarantor who has signed
    /// (A.12), never below zero, read only under the guarantor's live consent (a legal entity's: its acting head's), audited.
    /// </summary>
    private async Task<long> GuarantorNetIncomeAsync(string officerIin, TenantApplication app, CancellationToken ct)
    {
        long sum = 0;
        foreach (var g in app.Guarantors.Where(g => g.SignedAt is not null && g.GuarantorIin is not null).OrderBy(g => g.Order))
        {
            if (!await access.TryReadAsync(officerIin, g.GuarantorIin!, "check:Solvency:guarantor", $"application/{app.Id}", ct)) continue;
            sum += Math.Max(0, g.MonthlyIncomeTiyn - g.MonthlyObligationsTiyn);
        }

        return sum;
    }

    private Money OfferPayment()
    {
        var o = offer.Value;
        var terms = new LeaseTerms(Money.FromTenge(o.PriceKzt), LeaseTerms.ProgrammeRatePercent,
            Math.Min(o.TermMonths, LeaseTerms.MaxTermMonths), deadlines.Today, Money.Zero).EnsureValid();
        return AnnuitySchedule.Build(terms).MonthlyPayment;
    }

    private async Task<CheckResult> CreditHistoryAsync(string iin, CancellationToken ct)
    {
        var r = await creditBureau.ReportAsync(iin, ct);
        var max = options.Value.MaxOverdueDays;
        if (r.Defaults > 0) return CheckResult.Failed("credit.defaults", r.Defaults.ToString(CultureInfo.InvariantCulture));
        if (r.CurrentOverdueDays > max) return CheckResult.Failed("credit.overdue", r.CurrentOverdueDays.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture));
        return r.HasHistory ? CheckResult.Passed("credit.ok") : CheckResult.Passed("credit.none");
    }

    private async Task<CheckResult> LitigationAsync(string iin, CancellationToken ct)
    {
        var cases = await courts.CasesAsync(iin, ct);
        var open = cases.Where(c => c.Open).ToList();
        if (open.Count > 0) return CheckResult.Failed("court.open", string.Join("; ", open.Select(c => $"{c.CaseNumber} ({c.Role}: {c.Subject})")));
        return cases.Count > 0 ? CheckResult.Passed("court.closed", cases.Count.ToString(CultureInfo.InvariantCulture)) : CheckResult.Passed("court.none");
    }

    // The guarantor a check row's role names ("guarantor 2"), or null for the tenant and the spouse.
    private static GuarantorInvitation? GuarantorOf(TenantApplication app, string role) =>
        role.StartsWith("guarantor ", StringComparison.Ordinal) && int.TryParse(role.AsSpan(10), out var order)
            ? app.Guarantors.FirstOrDefault(g => g.Order == order) : null;

    private static string Tenge(long tiyn) => (tiyn / 100m).ToString("#,0.00", CultureInfo.InvariantCulture).Replace(',', ' ');

    private static int SubjectOrder(string role) => role == "tenant" ? 0 : role == "spouse" ? 1 : 2;
}
