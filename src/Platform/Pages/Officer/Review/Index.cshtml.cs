using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Pages.Officer.Review;

/// <summary>A.13: the officer's own queue with the 15-day decision clock.</summary>
public sealed class IndexModel(ReviewQueue queue) : PageModel
{
    /// <summary>The queue.</summary>
    public IReadOnlyList<ReviewItem> Items { get; private set; } = [];

    /// <summary>Shows the queue.</summary>
    public async Task OnGetAsync(CancellationToken ct) => Items = await queue.ForOfficerAsync(this.Caller().Iin, ct);
}
