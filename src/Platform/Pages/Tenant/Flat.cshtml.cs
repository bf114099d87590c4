using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Housing;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Pages.Tenant;

/// <summary>A.17 in the tenant's cabinet: the flat offered after approval, accepted (the contract is drafted on it) or declined.</summary>
public sealed class FlatModel(FlatOffers offers, FlatOfferAnswers answers) : PageModel
{
    /// <summary>The offer; null when the tenant has no approved application.</summary>
    public FlatOfferView? Offer { get; private set; }

    /// <summary>Why the last answer was refused.</summary>
    public string? Error { get; private set; }

    private string Iin => this.Caller().Iin;

    /// <summary>Shows the offer.</summary>
    public async Task OnGetAsync(CancellationToken ct) => Offer = await offers.MineAsync(Iin, ct);

    /// <summary>Accepts; on success opens the drafted contract.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(Guid offerId, CancellationToken ct)
    {
        var r = await answers.AcceptAsync(Iin, offerId, ct);
        if (r.Succeeded) return Redirect($"/Contracts?id={r.Value!.LeaseId}");
        return await ShowAsync(r.Error, ct);
    }

    /// <summary>Declines; shows the next offer.</summary>
    public async Task<IActionResult> OnPostDeclineAsync(Guid offerId, CancellationToken ct) =>
        await ShowAsync((await answers.DeclineAsync(Iin, offerId, ct)).Error, ct);

    private async Task<IActionResult> ShowAsync(string? error, CancellationToken ct)
    {
        Error = error;
        Offer = await offers.MineAsync(Iin, ct);
        return Page();
    }
}
