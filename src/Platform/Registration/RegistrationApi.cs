using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Registration;

/// <summary>
/// The registration API (A.19–A.22, A.29–A.31), complete enough for a headless run: KTK forms the application from the
/// signed contract, the tenant consents and signs, the fee is ordered
/// (and paid at the sandbox checkout, <c>/api/payments/{id}/sandbox/pay</c>), and the status follows the cadastre.
/// The registrar's verdict is not signed here: the one recorded in the video room (<c>/api/video-sessions/{id}/verdict</c>)
/// is attached automatically (A.21, A.30). Anyone who may not see an application gets 404.
/// </summary>
public static class RegistrationApi
{
    /// <summary>KTK forms the lease-encumbrance application from the lease's signed contract.</summary>
    public sealed record FormRequest(Guid LeaseId);

    /// <summary>A signed ДҚБ consent form.</summary>
    public sealed record ConsentRequest(string? Language, string? Cms);

    /// <summary>A CMS over a document the platform prepared.</summary>
    public sealed record SignatureRequest(string? Cms, string? Language = null);

    /// <summary>The consent form to sign (A.20): its language and exact bytes (base64).</summary>
    public sealed record ConsentFormDocument(string Language, string Document);

    /// <summary>The ordered fee (A.22): the payment and where to pay it.</summary>
    public sealed record FeeOrdered(Guid PaymentId, string ProviderReference, string CheckoutUrl, long AmountTiyn);

    /// <summary>Maps <c>/api/registrations/…</c>.</summary>
    public static IEndpointRouteBuilder MapRegistrationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/registrations").RequireAuthorization();
        api.MapGet("/", List);
        api.MapPost("/", Form).RequireAuthorization(CabinetPolicies.Officer);
        api.MapGet("/{id:guid}", Get);
        api.MapGet("/{id:guid}/consent-form", ConsentForm);
        api.MapPost("/{id:guid}/consent", Consent);
        api.MapGet("/{id:guid}/form", FormDocument);
        api.MapPost("/{id:guid}/signature", Sign);
        api.MapPost("/{id:guid}/ktk-signature", CertifyByKtk);
        api.MapPost("/{id:guid}/fee", Fee);
        api.MapPost("/{id:guid}/submit", Submit).RequireAuthorization(CabinetPolicies.Officer);
        return app;
    }

    /// <summary>The caller's applications (tenant/spouse: their own; KTK and registrar: all).</summary>
    public static async Task<Ok<List<RegistrationView>>> List([AsParameters] RegistrationServices s, CancellationToken ct)
    {
        var apps = await s.Steps.ListAsync(s.User, ct);
        var leaseIds = apps.Select(a => a.LeaseId).Distinct().ToList();
        var leases = await s.Db.Leases.AsNoTracking().Where(l => leaseIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        return TypedResults.Ok(apps.Select(a => RegistrationView.From(a, leases[a.LeaseId], [])).ToList());
    }

    /// <summary>A.19: KTK forms the application; 201 with its view.</summary>
    public static async Task<Results<Created<RegistrationView>, ProblemHttpResult>> Form(FormRequest request, [AsParameters] RegistrationServices s, CancellationToken ct)
    {
        if (request is null || request.LeaseId == Guid.Empty) return InputRefusals.Required("leaseId").ToProblem();
        var (result, id) = await s.Steps.FormFromLeaseAsync(request.LeaseId, s.User.AccountId, ct);
        if (!result.Succeeded) return result.ToProblem();
        return TypedResults.Created($"/api/registrations/{id}", await s.ViewAsync(id!.Value, ct));
    }

    /// <summary>
    /// One application with its timeline. With <paramref name="wait"/> (seconds, at most 30) and <paramref name="whileStatus"/>,
    /// the answer waits while the status is still <paramref name="whileStatus"/> (issue 17: an API client follows the cadastre
    /// without polling); it comes at once when the status differs, or with the unchanged view when the wait is over.
    /// </summary>
    public static async Task<Results<Ok<RegistrationView>, NotFound, ProblemHttpResult>> Get(Guid id, int? wait, string? whileStatus, [AsParameters] RegistrationServices s,
        ChangeSignals signals, CancellationToken ct)
    {
        if (wait is < 0 or > 30) return InputRefusals.WaitSeconds.ToProblem();
        if (!await s.Steps.CanSeeAsync(id, s.User, ct)) return TypedResults.NotFound();
        if (wait is not > 0 || string.IsNullOrEmpty(whileStatus)) return TypedResults.Ok(await s.ViewAsync(id, ct));
        return TypedResults.Ok(await signals.WaitWhileAsync(id, TimeSpan.FromSeconds(wait.Value), c => ViewAsync(s.Db, id, c),
            v => string.Equals(v.Status, whileStatus, StringComparison.Ordinal), ct));
    }

    /// <summary>The consent form bytes to sign (A.20) in <paramref name="language"/>.</summary>
    public static async Task<Results<Ok<ConsentFormDocument>, NotFound, ProblemHttpResult>> ConsentForm(Guid id, string? language, [AsParameters] RegistrationServices s,
        CancellationToken ct)
    {
        if (await s.VisibleAsync(id, ct) is not { } found) return TypedResults.NotFound();
        var lang = language ?? "kk";
        if (!Localization.Languages.IsSupportedCode(lang)) return InputRefusals.FormLanguage(lang).ToProblem();
        return TypedResults.Ok(new ConsentFormDocument(lang, Convert.ToBase64String(await s.Steps.ConsentFormAsync(found.App, found.Lease, lang, ct))));
    }

    /// <summary>A.20: the tenant's signed consent.</summary>
    public static async Task<Results<Ok<RegistrationView>, NotFound, ProblemHttpResult>> Consent(Guid id, ConsentRequest request, [AsParameters] RegistrationServices s,
        CancellationToken ct)
    {
        if (await s.VisibleAsync(id, ct) is not { } found) return TypedResults.NotFound();
        if (Cms(request?.Cms) is not { } cms) return InputRefusals.CmsRequired.ToProblem();
        return await AnswerAsync(s, id, await s.Steps.GiveConsentAsync(found.App, found.Lease, s.User.Iin, request!.Language, cms, ct), ct);
    }

    /// <summary>The application form's exact bytes (what the applicant signs).</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> FormDocument(Guid id, [AsParameters] RegistrationServices s, CancellationToken ct) =>
        await s.VisibleAsync(id, ct) is { } found ? TypedResults.File(found.App.FormDocument, "text/plain; charset=utf-8", $"registration-{id}.txt") : TypedResults.NotFound();

    /// <summary>A.20, A.31: the applicant's signature over the form.</summary>
    public static async Task<Results<Ok<RegistrationView>, NotFound, ProblemHttpResult>> Sign(Guid id, SignatureRequest request, [AsParameters] RegistrationServices s,
        CancellationToken ct)
    {
        if (await s.VisibleAsync(id, ct) is not { } found) return TypedResults.NotFound();
        if (Cms(request?.Cms) is not { } cms) return InputRefusals.CmsRequired.ToProblem();
        if (found.App.Kind == RegistrationKind.EncumbranceTermination && !s.User.IsIn(CabinetPolicies.Head)) return Outcome.Refused(403, "registration.refused.head_signs_termination").ToProblem();
        return await AnswerAsync(s, id, await s.Steps.SignFormAsync(found.App, found.Lease, s.User.Iin, cms, ct), ct);
    }

    /// <summary>A.22: KTK's authorised person (KTK staff, an EDS carrying KTK's BIN) certifies the lease application the tenant signed.</summary>
    public static async Task<Results<Ok<RegistrationView>, NotFound, ProblemHttpResult>> CertifyByKtk(Guid id, SignatureRequest request, [AsParameters] RegistrationServices s,
        CancellationToken ct)
    {
        if (await s.VisibleAsync(id, ct) is not { } found) return TypedResults.NotFound();
        if (!s.User.IsKtkStaff) return Outcome.Refused(403, "registration.refused.ktk_certifies").ToProblem();
        if (Cms(request?.Cms) is not { } cms) return InputRefusals.CmsRequired.ToProblem();
        return await AnswerAsync(s, id, await s.Steps.CertifyFormAsync(found.App, found.Lease, s.User.Iin, cms, ct), ct);
    }

    /// <summary>A.22: orders the fee; returns where to pay.</summary>
    public static async Task<Results<Ok<FeeOrdered>, NotFound, ProblemHttpResult>> Fee(Guid id, [AsParameters] RegistrationServices s, CancellationToken ct)
    {
        if (await s.VisibleAsync(id, ct) is not { } found) return TypedResults.NotFound();
        var (r, intent) = await s.Steps.OrderFeeAsync(found.App, found.Lease, s.User, ct);
        return r.Succeeded
            ? TypedResults.Ok(new FeeOrdered(intent!.PaymentId, intent.ProviderReference, intent.CheckoutUrl.ToString(), found.App.FeeTiyn))
            : r.ToProblem();
    }

    /// <summary>KTK files the application now: signed and paid (A.22), before the verdict if need be (the cadastre then suspends it).</summary>
    public static async Task<Results<Ok<RegistrationView>, NotFound, ProblemHttpResult>> Submit(Guid id, [AsParameters] RegistrationServices s, RegistrationWorkflow workflow,
        CancellationToken ct)
    {
        // Issue 16 §5: the tenant's withdrawn consent stops the filing too (the cadastre would receive their data).
        if (await s.VisibleAsync(id, ct) is { } found
            && await s.Steps.ConsentStoppedAsync(found.App, found.Lease, s.User.Iin, "file:registration", ct) is { } stopped)
        {
            return stopped.ToProblem();
        }

        return await AnswerAsync(s, id, await workflow.SubmitNowAsync(id, ct), ct);
    }

    /// <summary>The view of one application.</summary>
    public static async Task<RegistrationView> ViewAsync(PlatformDbContext db, Guid id, CancellationToken ct)
    {
        var app = await db.Set<RegistrationApplication>().AsNoTracking().SingleAsync(a => a.Id == id, ct);
        // Issue 17: the flat's number only, not the lease row with its contract PDF and guarantors (long-polls re-read this).
        var cadastralNumber = await db.Leases.AsNoTracking().Where(l => l.Id == app.LeaseId).Select(l => l.Flat.CadastralNumber).SingleAsync(ct);
        var events = await db.Set<RegistrationEvent>().AsNoTracking().Where(e => e.RegistrationId == id).ToListAsync(ct);
        return RegistrationView.From(app, cadastralNumber, events, await db.ReceiptsAsync(events.Select(e => e.ReceiptId), ct));
    }

    // A non-empty signature, through the one decoding (Signing/SignatureInput).
    private static byte[]? Cms(string? base64) => SignatureInput.Decode(base64) is { Length: > 0 } bytes ? bytes : null;

    private static async Task<Results<Ok<RegistrationView>, NotFound, ProblemHttpResult>> AnswerAsync(RegistrationServices s, Guid id, Outcome r, CancellationToken ct) =>
        r.Succeeded ? TypedResults.Ok(await s.ViewAsync(id, ct)) : r.ToProblem();

}
