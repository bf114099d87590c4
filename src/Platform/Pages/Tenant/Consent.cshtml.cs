using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Pages.Tenant;

/// <summary>A.9: the tenant reads the Appendix form in their language and signs it with EDS.</summary>
public sealed class ConsentModel(IConsentService consents, ConsentForms forms, EdsTrust trust) : PageModel
{
    /// <summary>The form text shown (and signed).</summary>
    public string FormText { get; private set; } = "";

    /// <summary>The live consent, if any.</summary>
    public PersonalDataConsent? Live { get; private set; }

    /// <summary>The signing widget.</summary>
    public SignWidgetModel Widget { get; private set; } = null!;

    /// <summary>Shows the form.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        var iin = this.Caller().Iin;
        var form = forms.Issue(iin, User.Identity!.Name!, Languages.Current); // a fresh form number each time (issue 15 §3)
        FormText = form.Text;
        Live = await consents.LiveConsentAsync(iin, ConsentPurposes.Application, ct);
        Widget = new SignWidgetModel(Convert.ToBase64String(form.Bytes), form.SubmitUrl, "/Tenant/Application", trust.Options.NcaLayerUrls);
    }
}
