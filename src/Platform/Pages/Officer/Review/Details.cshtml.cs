using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Pages.Officer.Review;

/// <summary>One application of the officer's queue; any other id (another officer's, or without consent) is a 404.</summary>
public sealed class DetailsModel(ReviewQueue queue) : PageModel
{
    /// <summary>The application.</summary>
    public TenantApplication App { get; private set; } = null!;

    /// <summary>Shows it.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var app = await queue.DetailsAsync(PlatformClaims.IinOf(User)!, id, ct);
        if (app is null) return NotFound();
        App = app;
        return Page();
    }
}
