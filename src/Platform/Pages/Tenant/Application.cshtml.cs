using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Consents;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Pages.Tenant;

/// <summary>
/// A.8–A.11 in the tenant's cabinet: questionnaire, documents, guarantors, submission. Nothing is read
/// without the tenant's live consent (A.9), and each read is audited. Always the session's own application.
/// </summary>
[RequestSizeLimit(6 * 1024 * 1024)]
public sealed class ApplicationModel(TenantApplications applications, PersonalDataAccess access, PlatformDbContext db,
    Applications.Checks.ReviewChecks reviewChecks) : PageModel
{
    /// <summary>Seed 003: the housing-cost share of the declared income (information only).</summary>
    public Applications.Checks.AffordabilityShare? Affordability { get; private set; }

    /// <summary>Ledger receipts of this tenant's consents and of signatures on the application (A.18).</summary>
    public IReadOnlyList<StoredReceipt> Receipts { get; private set; } = [];

    /// <summary>The tenant's application.</summary>
    public TenantApplication App { get; private set; } = null!;

    /// <summary>Outcome of the last action.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether <see cref="Message"/> is an error.</summary>
    public bool IsError { get; private set; }

    private string Iin => this.Caller().Iin;

    private static readonly Dictionary<string, string> NumberFields = new() { ["familyMembers"] = "applications.refused.field.family", ["children"] = "applications.refused.field.children" };

    /// <summary>Shows the application, or sends the tenant to the consent form first.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(null, ct);

    /// <summary>A.8: saves the questionnaire.</summary>
    public async Task<IActionResult> OnPostSaveAsync(string employer, string position, string? monthlyIncome, int familyMembers, bool married, string? spouseIin,
        int children, bool previouslyMarried, string? monthlyObligations, string? monthlyExpenses, CancellationToken ct)
    {
        if (!await ConsentedAsync("write:application", ct)) return RedirectToPage("/Tenant/Consent");
        // Amounts are read the same in every language (a number field sends "380000.50"); a field that is not a number is
        // named instead of saving a 0 (nothing is saved).
        var amounts = new[] { ("applications.refused.field.income", monthlyIncome), ("applications.refused.field.obligations", monthlyObligations), ("applications.refused.field.expenses", monthlyExpenses) }
            .Select(a => (a.Item1, Value: Amount(a.Item2))).ToList();
        var unreadable = amounts.Where(a => a.Value is null).Select(a => a.Item1)
            .Concat(NumberFields.Where(f => ModelState.TryGetValue(f.Key, out var e) && e.Errors.Count > 0).Select(f => f.Value)).ToList();
        if (unreadable.Count > 0) return await ShowAsync(new Outcome("applications.refused.not_number", new Outcome.Texts([.. unreadable.Select(k => new Outcome.Text(k))])), ct);
        var r = await applications.SaveAsync(Iin, new ApplicationForm(employer ?? "", position ?? "", amounts[0].Value!.Value, familyMembers, married, spouseIin,
            children, previouslyMarried, amounts[1].Value!.Value, amounts[2].Value!.Value), ct);
        return await ShowAsync(r, ct);
    }

    /// <summary>An amount in KZT as typed (digits, one decimal point or comma, spaces between thousands); empty is 0, anything else null.</summary>
    private static decimal? Amount(string? text)
    {
        var t = (text ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace(',', '.');
        if (t.Length == 0) return 0m;
        return t.Length <= 20 && decimal.TryParse(t, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>A.10: uploads a document.</summary>
    public async Task<IActionResult> OnPostUploadAsync(DocumentKind kind, IFormFile? document, CancellationToken ct)
    {
        if (!await ConsentedAsync("write:document", ct)) return RedirectToPage("/Tenant/Consent");
        var r = await UploadedDocument.AddAsync(document, (name, bytes) => applications.AddDocumentAsync(Iin, kind, name, bytes, ct), ct);
        return await ShowAsync(r, ct);
    }

    /// <summary>A.11: invites a guarantor.</summary>
    public async Task<IActionResult> OnPostInviteAsync(string? guarantorIin, CancellationToken ct)
    {
        if (!await ConsentedAsync("write:guarantor", ct)) return RedirectToPage("/Tenant/Consent");
        return await ShowAsync(await applications.InviteGuarantorAsync(Iin, guarantorIin ?? "", ct), ct);
    }

    /// <summary>A.2.9, A.11: invites a legal entity (e.g. the employer) by BIN; its head signs with the head's key.</summary>
    public async Task<IActionResult> OnPostInviteOrganisationAsync(string? guarantorBin, CancellationToken ct)
    {
        if (!await ConsentedAsync("write:guarantor", ct)) return RedirectToPage("/Tenant/Consent");
        return await ShowAsync(await applications.InviteOrganisationAsync(Iin, guarantorBin ?? "", ct), ct);
    }

    /// <summary>Submits (A.13 clock starts).</summary>
    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        if (!await ConsentedAsync("write:application", ct)) return RedirectToPage("/Tenant/Consent");
        return await ShowAsync(await applications.SubmitAsync(Iin, ct), ct);
    }

    /// <summary>Downloads one of the tenant's own documents; another tenant's id is a 404.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(Guid id, CancellationToken ct)
    {
        if (!await access.TryReadAsync(Iin, Iin, "read:document", $"document/{id}", ct)) return RedirectToPage("/Tenant/Consent");
        var doc = await applications.DocumentAsync(Iin, id, ct);
        return doc is null ? NotFound() : File(doc.Content, doc.ContentType, doc.FileName);
    }

    private Task<bool> ConsentedAsync(string action, CancellationToken ct) => access.TryReadAsync(Iin, Iin, action, "application", ct);

    private async Task<IActionResult> ShowAsync(Outcome? result, CancellationToken ct)
    {
        if (!await ConsentedAsync("read:application", ct)) return RedirectToPage("/Tenant/Consent");
        App = await applications.GetOrCreateAsync(Iin, ct);
        Affordability = await reviewChecks.AffordabilityAsync(App, ct);
        var consentSubjects = (await db.Consents.Where(c => c.SubjectIin == Iin).Select(c => c.Id).ToListAsync(ct))
            .Select(id => LedgerSubjects.For("consent", id)).Append(LedgerSubjects.For("application", App.Id)).ToList();
        Receipts = (await db.LedgerReceipts.AsNoTracking().Where(r => consentSubjects.Contains(r.SubjectId)).ToListAsync(ct))
            .OrderBy(r => r.LeafIndex).ToList();
        if (result is not null)
        {
            IsError = !result.Succeeded;
            Message = result.Error ?? "OK";
            if (IsError) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}
