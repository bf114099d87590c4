using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Applications.Checks;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Pages.Officer.Review;

/// <summary>
/// One application of the officer's queue with its A.14–A.15 checks (run on first view, again when a signature arrived
/// since, or on request); any other id (another officer's, or without consent) is a 404.
/// </summary>
public sealed class DetailsModel(ReviewQueue queue, Decisions decisions, ReviewChecks reviewChecks) : PageModel
{
    /// <summary>Outcome of a decision.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether <see cref="Message"/> is an error.</summary>
    public bool IsError { get; private set; }

    /// <summary>The application.</summary>
    public TenantApplication App { get; private set; } = null!;

    /// <summary>The latest A.14–A.15 check results.</summary>
    public IReadOnlyList<ReviewCheck> Checks { get; private set; } = [];

    /// <summary>A.15: earlier runs of the checks, newest first.</summary>
    public IReadOnlyList<CheckRun> History { get; private set; } = [];

    /// <summary>Whether any check failed.</summary>
    public bool AnyFailed => Checks.Any(c => c.Outcome == CheckOutcome.Failed);

    /// <summary>Shows it, running the checks when there are none yet or a signature arrived after them.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, rerun: false, ct);

    /// <summary>Runs the checks again (e.g. after a source answered again).</summary>
    public async Task<IActionResult> OnPostRecheckAsync(Guid id, CancellationToken ct) => await LoadAsync(id, rerun: true, ct);

    /// <summary>A.17: approves (all guarantors must have signed; failed checks must be acknowledged).</summary>
    public Task<IActionResult> OnPostApproveAsync(Guid id, bool failedChecksReviewed, CancellationToken ct) => DecideAsync(id, true, null, failedChecksReviewed, ct);

    /// <summary>A.11: asks the tenant for a guarantor (solvency insufficient); the review waits for one.</summary>
    public async Task<IActionResult> OnPostRequestGuarantorAsync(Guid id, string? guarantorReason, CancellationToken ct)
    {
        var r = await decisions.RequestGuarantorAsync(PlatformClaims.IinOf(User)!, id, guarantorReason, ct);
        var page = await LoadAsync(id, rerun: false, ct);
        if (page is NotFoundResult) return page;
        IsError = !r.Succeeded;
        Message = r.Error ?? "OK";
        if (IsError) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>A.16: refuses with reasons; the head signs before the tenant sees it.</summary>
    public Task<IActionResult> OnPostRefuseAsync(Guid id, string? reasons, CancellationToken ct) => DecideAsync(id, false, reasons, false, ct);

    private async Task<IActionResult> LoadAsync(Guid id, bool rerun, CancellationToken ct)
    {
        var officer = PlatformClaims.IinOf(User)!;
        var app = await queue.DetailsAsync(officer, id, ct);
        if (app is null) return NotFound();
        App = app;
        Checks = await reviewChecks.LatestAsync(id, ct);
        var lastSignature = app.Guarantors.Select(g => g.SignedAt).Append(app.SpouseSignedAt).Max();
        if (app.Status == ApplicationStatus.Submitted
            && (rerun || Checks.Count == 0 || (lastSignature is { } s && Checks.Max(c => c.CheckedAt) < s)))
        {
            Checks = await reviewChecks.RunAsync(officer, id, ct) ?? [];
        }

        History = await reviewChecks.HistoryAsync(id, ct);

        return Page();
    }

    private async Task<IActionResult> DecideAsync(Guid id, bool approve, string? reasons, bool failedChecksReviewed, CancellationToken ct)
    {
        var r = await decisions.DecideAsync(PlatformClaims.IinOf(User)!, id, approve, reasons, ct, failedChecksReviewed);
        var page = await LoadAsync(id, rerun: false, ct);
        if (page is NotFoundResult) return page;
        IsError = !r.Succeeded;
        Message = r.Error ?? "OK";
        if (IsError) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
