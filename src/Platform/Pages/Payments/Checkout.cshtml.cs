using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Payments.Sandbox;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Pages.Payments;

/// <summary>The sandbox acquirer's checkout page: the payer pays or declines; the confirmation arrives later by signed callback.</summary>
[Authorize]
public sealed class CheckoutModel(SandboxAcquirer acquirer, PlatformDbContext db) : PageModel
{
    /// <summary>The acquirer's order.</summary>
    public SandboxOrder? Order { get; private set; }

    /// <summary>The platform's payment.</summary>
    public PaymentRecord? Payment { get; private set; }

    /// <summary>Where to go back to (a local URL).</summary>
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>Why the last action was refused.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the order (its payer only).</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>The payer pays.</summary>
    public Task<IActionResult> OnPostPayAsync(Guid id, CancellationToken ct) => DecideAsync(id, true, ct);

    /// <summary>The payer declines.</summary>
    public Task<IActionResult> OnPostDeclineAsync(Guid id, CancellationToken ct) => DecideAsync(id, false, ct);

    private async Task<IActionResult> DecideAsync(Guid id, bool pay, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Error = (await acquirer.DecideAsync(id, Order!.PayerAccountId, pay, ct)).Error;
        if (Error is not null) return Page();
        return RedirectToPage(new { id, ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (this.CallerOrNull()?.AccountId is not { } account) return false;
        Order = await acquirer.FindAsync(id, account, ct);
        if (Order is null) return false;
        Payment = await db.Set<PaymentRecord>().AsNoTracking().SingleAsync(p => p.Id == id, ct);
        if (!Url.IsLocalUrl(ReturnUrl)) ReturnUrl = null;
        return true;
    }
}
