using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Domain;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Applications;

/// <summary>The guarantor's questionnaire (A.12 → A.8): a person's employer and position, or a legal entity's name; income and obligations.</summary>
/// <param name="Employer">A person's employer, or the legal entity's registered name.</param>
/// <param name="Position">A person's position (ignored for a legal entity).</param>
/// <param name="MonthlyIncome">Average monthly income, KZT (a legal entity: average monthly net income).</param>
/// <param name="MonthlyObligations">Monthly payments on obligations already taken (loans, other guarantees), KZT.</param>
public sealed record GuarantorForm(string Employer, string Position, decimal MonthlyIncome, decimal MonthlyObligations);

/// <summary>
/// A.12: "the guarantor, signing the application with EDS, meets the requirements of points 8–10": the guarantor's own
/// questionnaire and documents, written only under the guarantor's own live consent (A.9; every attempt audited, a
/// withdrawn consent refused with its date). A legal entity's invitation is taken up by the first head of that BIN who fills
/// the questionnaire in; from then on only that head acts for it. Nothing changes once the guarantor has signed.
/// </summary>
public sealed class GuarantorProfiles(PlatformDbContext db, ConsentGate gate, IOptions<ApplicationOptions> options, TimeProvider time)
{
    /// <summary>Largest amount a questionnaire accepts (KZT).</summary>
    public const decimal MaxAmount = 10_000_000_000m;

    /// <summary>The documents a guarantor gives: a person the employment and salary certificates, a legal entity its registration certificate and financial statements.</summary>
    public static IReadOnlyList<GuarantorDocumentKind> RequiredDocuments(GuarantorInvitation g) => g.IsOrganisation
        ? [GuarantorDocumentKind.RegistrationCertificate, GuarantorDocumentKind.FinancialStatement]
        : [GuarantorDocumentKind.EmploymentCertificate, GuarantorDocumentKind.SalaryCertificate];

    /// <summary>What the guarantor still has to give before signing (empty: ready).</summary>
    public static IReadOnlyList<string> Missing(GuarantorInvitation g)
    {
        var missing = new List<string>();
        if (g.QuestionnaireSavedAt is null) missing.Add("questionnaire");
        missing.AddRange(RequiredDocuments(g).Where(k => g.Documents.All(d => d.Kind != k)).Select(k => k.ToString()));
        return missing;
    }

    /// <summary>A.12 → A.8: saves the guarantor's questionnaire.</summary>
    public async Task<Outcome> SaveAsync(CoSigner who, Guid applicationId, GuarantorForm form, CancellationToken ct)
    {
        var (app, g, refused) = await OpenAsync(who, applicationId, "write:guarantor-questionnaire", ct);
        if (refused is not null) return refused;
        var name = (form.Employer ?? "").Trim();
        var position = (form.Position ?? "").Trim();
        if (name.Length is 0 or > 300) return new(g!.IsOrganisation ? "applications.refused.organisation_name_needed" : "applications.refused.guarantor_employer_needed");
        if (!g!.IsOrganisation && position.Length is 0 or > 200) return new("applications.refused.position_needed");
        if (form.MonthlyIncome is <= 0 or > MaxAmount) return new("applications.refused.income_positive");
        if (form.MonthlyObligations is < 0 or > MaxAmount) return new("applications.refused.obligations_amount");
        if (Bind(app!, g, who) is { } bindRefused) return bindRefused;
        g.Employer = name;
        g.Position = g.IsOrganisation ? "" : position;
        g.MonthlyIncomeTiyn = Money.FromTenge(form.MonthlyIncome).Tiyn;
        g.MonthlyObligationsTiyn = Money.FromTenge(form.MonthlyObligations).Tiyn;
        g.QuestionnaireSavedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    /// <summary>A.12 → A.10: attaches one of the guarantor's documents (PDF, JPEG or PNG, the size limit of A.10).</summary>
    public async Task<Outcome> AddDocumentAsync(CoSigner who, Guid applicationId, GuarantorDocumentKind kind, string fileName, byte[] content, CancellationToken ct)
    {
        var (app, g, refused) = await OpenAsync(who, applicationId, "write:guarantor-document", ct);
        if (refused is not null) return refused;
        if (!RequiredDocuments(g!).Contains(kind)) return new("applications.refused.document_kind_guarantor", new Outcome.Text(g!.IsOrganisation ? "applications.refused.guarantor_organisation" : "applications.refused.guarantor_person"));
        if (DocumentRules.Check(fileName, content, options.Value.MaxDocumentBytes) is { } rejected) return rejected;
        if (g!.Documents.Count >= 20) return new("applications.refused.too_many_documents", 20);
        if (Bind(app!, g, who) is { } bindRefused) return bindRefused;
        db.GuarantorDocuments.Add(new GuarantorDocument
        {
            Id = Guid.NewGuid(), InvitationId = g.Id, Kind = kind, FileName = Path.GetFileName(fileName), ContentType = DocumentRules.Detect(content)!,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)), Content = content, UploadedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    // The invitation, open for the guarantor's own writes: live consent (audited), not signed, KTK not decided.
    private async Task<(TenantApplication? App, GuarantorInvitation? Invitation, Outcome? Refused)> OpenAsync(CoSigner who, Guid applicationId, string action,
        CancellationToken ct)
    {
        var mine = GuarantorSignatures.Mine(who); // outside the query: compiled once per call, not by EF Core per execution (issue 17)
        var app = await db.Applications.Include(a => a.Guarantors).ThenInclude(g => g.Documents).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.Guarantors.AsQueryable().Any(mine), ct);
        if (app is null) return (null, null, Outcome.Refused(StatusCodes.Status404NotFound, "applications.refused.not_invited"));
        var g = GuarantorSignatures.InvitationOf(app, who)!;
        if (await gate.RefusalAsync(who.Iin, who.Iin, ConsentPurposes.Application, action, $"application/{app.Id}", "consents.refused.whose.yours", ct) is { } refused) return (app, g, refused);
        if (g.SignedAt is not null) return (app, g, Outcome.AlreadySigned("applications.refused.guarantor_signed"));
        if (app.Status is not (ApplicationStatus.Draft or ApplicationStatus.Submitted)) return (app, g, new("applications.refused.decided"));
        return (app, g, null);
    }

    // A legal entity's invitation is taken up by the head who first writes to it (never the tenant or the spouse themselves,
    // never someone already guaranteeing the same application in person).
    private static Outcome? Bind(TenantApplication app, GuarantorInvitation g, CoSigner who)
    {
        if (!g.IsOrganisation || g.GuarantorIin == who.Iin) return null;
        if (who.Iin == app.TenantIin || who.Iin == app.SpouseIin) return new("applications.refused.tenant_for_organisation");
        if (app.Guarantors.Any(o => o.Id != g.Id && o.GuarantorIin == who.Iin)) return new("applications.refused.already_guarantor");
        g.GuarantorIin = who.Iin;
        return null;
    }
}
