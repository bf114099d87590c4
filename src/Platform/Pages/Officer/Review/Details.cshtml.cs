using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Pages.Officer.Review;

/// <summary>One application of the officer's queue; any other id (another officer's, or without consent) is a 404.</summary>
public sealed class DetailsModel(ReviewQueue queue, Decisions decisions) : PageModel
{
    /// <summary>Outcome of a decision.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether <see cref="Message"/> is an error.</summary>
    public bool IsError { get; private set; }

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

    /// <summary>A.17: approves (all guarantors must have signed).</summary>
    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) => DecideAsync(id, true, null, ct);

    /// <summary>A.16: refuses with reasons; the head signs before the tenant sees it.</summary>
    public Task<IActionResult> OnPostRefuseAsync(Guid id, string? reasons, CancellationToken ct) => DecideAsync(id, false, reasons, ct);

    private async Task<IActionResult> DecideAsync(Guid id, bool approve, string? reasons, CancellationToken ct)
    {
        var r = await decisions.DecideAsync(PlatformClaims.IinOf(User)!, id, approve, reasons, ct);
        var page = await OnGetAsync(id, ct);
        if (page is NotFoundResult) return page;
        IsError = !r.Succeeded;
        Message = r.Error ?? "OK";
        if (IsError) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
