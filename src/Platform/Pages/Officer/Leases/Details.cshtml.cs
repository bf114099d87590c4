using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.Term;
using RentToOwn.Platform.Term.Closing;
using RentToOwn.Platform.Term.Courts;
using RentToOwn.Platform.Term.Payments;
using RentToOwn.Platform.Term.Refunds;

namespace RentToOwn.Platform.Pages.Officer.Leases;

/// <summary>
/// KTK, one lease: payment status and arrears; the closing (initiate, the head's signatures, file the applications and
/// their statuses); the court-decision form (seed 000) and the officer's EDS over the decision file.
/// </summary>
public sealed class DetailsModel(TermLeases leases, TermStatements statements, LeaseClosings closings, Terminations terminations, TermRefunds refunds, UiText texts,
    EdsTrust trust, IOptions<TermOptions> options) : PageModel
{
    /// <summary>The statement.</summary>
    public TermStatement Statement { get; private set; } = null!;

    /// <summary>The tenant's name.</summary>
    public string TenantName { get; private set; } = "";

    /// <summary>The closing, once initiated.</summary>
    public ClosingView? Closing { get; private set; }

    /// <summary>The lease's over-payment decisions (credits and refunds).</summary>
    public IReadOnlyList<TermAdjustmentView> Adjustments { get; private set; } = [];

    /// <summary>The signing widget for what waits for the caller.</summary>
    public SignWidgetModel? Widget { get; private set; }

    /// <summary>What the widget signs.</summary>
    public string? WidgetTitle { get; private set; }

    /// <summary>Result of the last action.</summary>
    public string? Message { get; private set; }

    /// <summary>True when <see cref="Message"/> is a refusal.</summary>
    public bool IsError { get; private set; }

    /// <summary>Shows the lease.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>A.29: initiates the closing after a completed purchase.</summary>
    public async Task<IActionResult> OnPostInitiateAsync(Guid id, CancellationToken ct)
    {
        if (await leases.FindAsync(User, id, ct) is not { } lease) return NotFound();
        return await DoneAsync(id, (await closings.InitiatePurchaseAsync(lease, this.Caller().AccountId, ct)).Error, ct);
    }

    /// <summary>A.29: files the applications.</summary>
    public async Task<IActionResult> OnPostFileAsync(Guid id, CancellationToken ct)
    {
        if (await leases.FindAsync(User, id, ct) is not { } lease) return NotFound();
        return await DoneAsync(id, (await closings.FileAsync(lease, this.Caller().AccountId, ct)).Error, ct);
    }

    /// <summary>Seed 000: records the court decision (then the officer signs the decision file).</summary>
    public async Task<IActionResult> OnPostCourtAsync(Guid id, string? courtName, string? caseNumber, string? decisionDate, string? ground, IFormFile? decision, CancellationToken ct)
    {
        if (await leases.FindAsync(User, id, ct) is not { } lease) return NotFound();
        var tooLarge = decision is not null && decision.Length > options.Value.MaxCourtDecisionBytes;
        byte[]? bytes = null;
        if (decision is not null && !tooLarge)
        {
            using var ms = new MemoryStream();
            await decision.CopyToAsync(ms, ct);
            bytes = ms.ToArray();
        }

        var r = await terminations.RecordCourtDecisionAsync(lease, this.Caller().AccountId,
            new CourtDecisionInput(courtName, caseNumber, decisionDate, ground, decision?.FileName, bytes, tooLarge), ct);
        return await DoneAsync(id, r.Error, ct);
    }

    private async Task<IActionResult> DoneAsync(Guid id, string? error, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        (Message, IsError) = error is null ? ("OK", false) : (error, true);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await leases.FindAsync(User, id, ct) is not { } lease) return false;
        TenantName = lease.TenantName;
        Statement = await statements.StatementAsync(lease, ct);
        Closing = await closings.ViewAsync(lease, ct);
        Adjustments = await refunds.ListAsync(lease.Id, refundsDueOnly: false, ct);
        var closing = await closings.OfLeaseAsync(lease.Id, ct);
        var head = User.IsInRole(CabinetPolicies.Head);
        var back = $"/Officer/Leases/Details?id={id}";
        if (closing is not null && head && !closing.Signatures.Any(s => s.Document == ClosingDocumentKind.Letter))
        {
            (Widget, WidgetTitle) = (new SignWidgetModel(Convert.ToBase64String(closing.LetterPdf), $"/api/term/{id}/closing/letter/signature", back, trust.Options.NcaLayerUrls), texts["term.sign.letter"]);
        }
        else if (closing is { TransferPdf: { } transfer } && head && closing.Signatures.Count(s => s.Document == ClosingDocumentKind.Transfer) == 1)
        {
            (Widget, WidgetTitle) = (new SignWidgetModel(Convert.ToBase64String(transfer), $"/api/term/{id}/closing/transfer/signatures", back, trust.Options.NcaLayerUrls), texts["term.sign.transfer"]);
        }
        else if (closing is null && (await terminations.OfLeaseAsync(lease.Id, ct)).FirstOrDefault(t => t is { Kind: TerminationKind.Involuntary, AcceptedAt: null }) is { } pending)
        {
            var file = await terminations.DecisionFileAsync(pending.Id, ct);
            (Widget, WidgetTitle) = (new SignWidgetModel(Convert.ToBase64String(file), $"/api/term/{id}/terminations/{pending.Id}/signature", back, trust.Options.NcaLayerUrls),
                $"{texts["term.court.sign"]}: {pending.CourtName}, № {pending.CaseNumber}, SHA-256 {pending.DocumentSha256}");
        }

        return true;
    }
}
