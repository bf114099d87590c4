using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Pages.Shared;

namespace RentToOwn.Platform.Pages.Guarantor;

/// <summary>
/// A.12 → A.8–A.10: the guarantor's own questionnaire and documents for one invitation (a person's, or a legal entity's
/// filled in by its head). Shown and written only under the guarantor's own live consent (A.9), each read audited.
/// </summary>
[RequestSizeLimit(6 * 1024 * 1024)]
public sealed class QuestionnaireModel(GuarantorSignatures signatures, GuarantorProfiles profiles, PersonalDataAccess access) : PageModel
{
    /// <summary>The application.</summary>
    public TenantApplication App { get; private set; } = null!;

    /// <summary>The session's invitation in it.</summary>
    public GuarantorInvitation Invitation { get; private set; } = null!;

    /// <summary>Outcome of the last action.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether <see cref="Message"/> is an error.</summary>
    public bool IsError { get; private set; }

    /// <summary>Whether the guarantor can still change it (not signed, KTK not decided).</summary>
    public bool Editable => Invitation.SignedAt is null && App.Status is ApplicationStatus.Draft or ApplicationStatus.Submitted;

    private CoSigner Who => CoSigner.Of(this.Caller());

    /// <summary>Shows the questionnaire.</summary>
    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => ShowAsync(id, null, ct);

    /// <summary>Saves the questionnaire.</summary>
    public async Task<IActionResult> OnPostSaveAsync(Guid id, string? employer, string? position, decimal monthlyIncome, decimal monthlyObligations, CancellationToken ct) =>
        await ShowAsync(id, await profiles.SaveAsync(Who, id, new GuarantorForm(employer ?? "", position ?? "", monthlyIncome, monthlyObligations), ct), ct);

    /// <summary>Attaches a document.</summary>
    public async Task<IActionResult> OnPostUploadAsync(Guid id, GuarantorDocumentKind kind, IFormFile? document, CancellationToken ct)
    {
        var r = await UploadedDocument.AddAsync(document, (name, bytes) => profiles.AddDocumentAsync(Who, id, kind, name, bytes, ct), ct);
        return await ShowAsync(id, r, ct);
    }

    private async Task<IActionResult> ShowAsync(Guid id, Outcome? result, CancellationToken ct)
    {
        var who = Who;
        if (!await access.TryReadAsync(who.Iin, who.Iin, "read:guarantor-questionnaire", $"application/{id}", ct)) return Redirect("/Consent?next=%2FGuarantor");
        var app = await signatures.InvitedAsync(who, id, ct);
        if (app is null) return NotFound();
        (App, Invitation) = (app, GuarantorSignatures.InvitationOf(app, who)!);
        if (result is not null)
        {
            IsError = !result.Succeeded;
            Message = result.Error ?? "OK";
            if (IsError) Response.StatusCode = result.Status is >= 400 and < 500 ? result.Status : StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}
