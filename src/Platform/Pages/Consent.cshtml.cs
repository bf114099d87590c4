using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Pages;

/// <summary>
/// A.9 for guarantors and spouses (A.12: a guarantor meets A.8–A.10 too): the Appendix form in the person's language,
/// signed with EDS through <c>POST /api/consents</c>; then back to the cabinet. Only cabinet paths are accepted as <c>next</c>.
/// </summary>
[Authorize]
public sealed class ConsentModel(IConsentService consents, ConsentForms forms, EdsTrust trust) : PageModel
{
    private static readonly string[] Cabinets = ["/Guarantor", "/Spouse", "/Tenant/Application"];

    /// <summary>The form text shown (and signed).</summary>
    public string FormText { get; private set; } = "";

    /// <summary>The live consent, if any.</summary>
    public PersonalDataConsent? Live { get; private set; }

    /// <summary>Where to go after signing.</summary>
    public string Next { get; private set; } = "/";

    /// <summary>The signing widget.</summary>
    public SignWidgetModel Widget { get; private set; } = null!;

    /// <summary>Shows the form.</summary>
    public async Task OnGetAsync(string? next, CancellationToken ct)
    {
        var iin = this.Caller().Iin;
        Next = Cabinets.Contains(next) ? next! : "/";
        var form = forms.Issue(iin, User.Identity!.Name!, Languages.Current); // a fresh form number each time (issue 15 §3)
        FormText = form.Text;
        Live = await consents.LiveConsentAsync(iin, ConsentPurposes.Application, ct);
        Widget = new SignWidgetModel(Convert.ToBase64String(form.Bytes), form.SubmitUrl, Next, trust.Options.NcaLayerUrls);
    }
}
