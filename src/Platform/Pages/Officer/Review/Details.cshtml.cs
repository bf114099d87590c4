using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Applications.Checks;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Pages.Officer.Review;

/// <summary>
/// One application of the officer's queue with its A.14–A.15 checks (run on first view, again when a signature arrived
/// since, or on request); any other id (another officer's, or without consent) is a 404.
/// </summary>
public sealed class DetailsModel(ReviewQueue queue, Decisions decisions, ReviewChecks reviewChecks, EdsTrust trust) : PageModel
{
    /// <summary>A.16: the signing widget over the approval text, once the officer chose to approve and nothing blocks it.</summary>
    public SignWidgetModel? ApprovalWidget { get; private set; }

    /// <summary>The approval text the widget signs.</summary>
    public string? ApprovalTextShown { get; private set; }

    /// <summary>Seed 003: the housing-cost share of income (information, not a rule).</summary>
    public AffordabilityShare? Affordability { get; private set; }

    /// <summary>A.15: Unavailable checks left without a re-run or an override (they block the approval).</summary>
    public bool AnyBlocking => Checks.Any(c => c.Blocks);

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

    /// <summary>
    /// A.16–A.17: the officer chooses to approve (all guarantors signed, no Unavailable check left, failed checks acknowledged);
    /// the page then shows the approval text and the EDS widget: the approval takes effect when the officer's signature arrives.
    /// </summary>
    public async Task<IActionResult> OnPostApproveAsync(Guid id, bool failedChecksReviewed, CancellationToken ct)
    {
        var page = await LoadAsync(id, rerun: false, ct); // first: a run it starts is the one the approval rests on
        if (page is NotFoundResult) return page;
        var r = await decisions.PrepareApprovalAsync(this.Caller().Iin, id, failedChecksReviewed, ct);
        if (!r.Succeeded) return Show(r.AsOutcome());
        ApprovalTextShown = System.Text.Encoding.UTF8.GetString(r.Value!);
        ApprovalWidget = new SignWidgetModel(Convert.ToBase64String(r.Value!), $"/api/officer/applications/{id}/approval", $"/Officer/Review/Details?id={id}",
            trust.Options.NcaLayerUrls);
        return Page();
    }

    /// <summary>A.15: approves despite an Unavailable check (source down) with a stated reason; audited, part of the signed approval.</summary>
    public async Task<IActionResult> OnPostOverrideAsync(Guid id, Guid checkId, string? overrideReason, CancellationToken ct)
    {
        var r = await reviewChecks.OverrideAsync(this.Caller().Iin, id, checkId, overrideReason, ct);
        if (r.Status == StatusCodes.Status404NotFound) return NotFound();
        var page = await LoadAsync(id, rerun: false, ct);
        return page is NotFoundResult ? page : Show(r);
    }

    /// <summary>A.11: asks the tenant for a guarantor (solvency insufficient); the review waits for one.</summary>
    public async Task<IActionResult> OnPostRequestGuarantorAsync(Guid id, string? guarantorReason, CancellationToken ct)
    {
        var r = await decisions.RequestGuarantorAsync(this.Caller().Iin, id, guarantorReason, ct);
        var page = await LoadAsync(id, rerun: false, ct);
        return page is NotFoundResult ? page : Show(r);
    }

    /// <summary>A.16: refuses with reasons; the head signs before the tenant sees it.</summary>
    public async Task<IActionResult> OnPostRefuseAsync(Guid id, string? reasons, CancellationToken ct)
    {
        var r = await decisions.RefuseAsync(this.Caller().Iin, id, reasons, ct);
        var page = await LoadAsync(id, rerun: false, ct);
        return page is NotFoundResult ? page : Show(r);
    }

    private async Task<IActionResult> LoadAsync(Guid id, bool rerun, CancellationToken ct)
    {
        var officer = this.Caller().Iin;
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
        Affordability = await reviewChecks.AffordabilityAsync(app, ct);

        return Page();
    }

    private PageResult Show(Outcome r)
    {
        IsError = !r.Succeeded;
        Message = r.Error ?? "OK";
        if (IsError) Response.StatusCode = r.Status is >= 400 and not StatusCodes.Status404NotFound ? r.Status : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
