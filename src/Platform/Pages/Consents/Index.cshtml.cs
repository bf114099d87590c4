using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Pages.Consents;

/// <summary>
/// Issue 16 §5: the person's consents (live, expired, withdrawn) and, for <c>?withdraw=ID</c>, the withdrawal text to sign
/// with EDS (<c>POST /api/consents/{id}/withdrawal</c>). What depends on the consent stops once it is withdrawn.
/// </summary>
[Authorize]
public sealed class IndexModel(IConsentService consents, ConsentWithdrawal withdrawal, EdsTrust trust, TimeProvider time) : PageModel
{
    /// <summary>The caller's consents, newest first.</summary>
    public IReadOnlyList<PersonalDataConsent> Consents { get; private set; } = [];

    /// <summary>Now, for the live/expired state.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>The withdrawal text shown, when one is being withdrawn.</summary>
    public string? WithdrawalText { get; private set; }

    /// <summary>The signing widget for the withdrawal.</summary>
    public SignWidgetModel? Widget { get; private set; }

    /// <summary>Lists the consents; with <paramref name="withdraw"/>, prepares that one's withdrawal (only the caller's own, live).</summary>
    public async Task OnGetAsync(Guid? withdraw, CancellationToken ct)
    {
        var iin = this.Caller().Iin;
        Now = time.GetUtcNow();
        Consents = await consents.ConsentsOfAsync(iin, ct);
        if (withdraw is { } id && await withdrawal.FindAsync(iin, id, ct) is { } consent && consent.IsLiveAt(Now))
        {
            WithdrawalText = ConsentWithdrawalText.For(Languages.Current, consent);
            Widget = new SignWidgetModel(Convert.ToBase64String(ConsentWithdrawalText.Bytes(Languages.Current, consent)),
                $"/api/consents/{id}/withdrawal", "/Consents", trust.Options.NcaLayerUrls);
        }
    }
}
