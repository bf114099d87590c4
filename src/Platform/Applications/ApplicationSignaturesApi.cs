using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.12, A.16: signatures over a submitted application — the guarantor's and the spouse's (co-signers), KTK head's over
/// a refusal, and the deciding officer's over the approval. Each posts a detached CAdES (base64); 204 when accepted, 400 not base64, 404 an application the caller does
/// not co-sign, 409 signed already (or concurrently), 422 refused with the reason.
/// </summary>
public static class ApplicationSignaturesApi
{
    /// <summary>A detached CAdES (base64) over the application (or refusal) text; <c>language</c> is ignored: the text is bilingual.</summary>
    public sealed record SignatureRequest(string? Language, string Cms);

    /// <summary>
    /// Maps <c>POST /api/guarantor/applications/{id}/signature</c> (guarantor cabinet), <c>POST /api/spouse/applications/{id}/signature</c>
    /// (spouse cabinet), <c>POST /api/head/refusals/{id}/signature</c> (head cabinet) and <c>GET|POST /api/officer/applications/{id}/approval</c>
    /// (officer cabinet: the approval text, the officer's signature over it).
    /// </summary>
    public static IEndpointRouteBuilder MapApplicationSignaturesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/guarantor/applications").RequireAuthorization(CabinetPolicies.Guarantor).MapPost("/{id:guid}/signature", SignAsGuarantor);
        app.MapGroup("/api/spouse/applications").RequireAuthorization(CabinetPolicies.Spouse).MapPost("/{id:guid}/signature", SignAsSpouse);
        app.MapGroup("/api/head/refusals").RequireAuthorization(CabinetPolicies.Head).MapPost("/{id:guid}/signature", SignRefusal);
        var approvals = app.MapGroup("/api/officer/applications").RequireAuthorization(CabinetPolicies.Officer);
        approvals.MapGet("/{id:guid}/approval", ApprovalDocument);
        approvals.MapPost("/{id:guid}/approval", SignApproval);
        return app;
    }

    /// <summary>A.12: the invited guarantor's signature; another person's application is a 404.</summary>
    public static Task<Results<NoContent, NotFound, ProblemHttpResult>> SignAsGuarantor(
        Guid id, SignatureRequest request, [AsParameters] ApplicationSignatureServices s, CancellationToken ct) =>
        CoSignAsync(id, request, s.User, s.Guarantors, ct);

    /// <summary>The spouse's signature; an application not naming the caller as spouse is a 404.</summary>
    public static Task<Results<NoContent, NotFound, ProblemHttpResult>> SignAsSpouse(
        Guid id, SignatureRequest request, [AsParameters] ApplicationSignatureServices s, CancellationToken ct) =>
        CoSignAsync(id, request, s.User, s.Spouses, ct);

    /// <summary>A.16: KTK head's signature over a refusal; the refusal then reaches the tenant.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> SignRefusal(
        Guid id, SignatureRequest request, [AsParameters] ApplicationSignatureServices s, CancellationToken ct)
    {
        if (SignatureInput.Decode(request.Cms) is not { } cms) return InputRefusals.NotBase64.ToProblem();
        var r = await s.Decisions.SignRefusalAsync(s.Iin, id, cms, ct);
        return r.Succeeded ? TypedResults.NoContent() : r.ToProblem();
    }

    /// <summary>The approval text to sign (A.16), its bytes in base64 as signed.</summary>
    /// <param name="Text">The text.</param>
    /// <param name="Document">The exact bytes to sign, base64.</param>
    public sealed record ApprovalDocumentResponse(string Text, string Document);

    /// <summary>
    /// A.16: the approval text of an application in the caller's queue, to sign with the officer's EDS; 422 with the reason when
    /// it cannot be approved now (unsigned guarantors, Unavailable checks left, failed checks without
    /// <paramref name="failedChecksReviewed"/>), 404 outside the caller's queue.
    /// </summary>
    public static async Task<Results<Ok<ApprovalDocumentResponse>, ProblemHttpResult>> ApprovalDocument(
        Guid id, bool? failedChecksReviewed, [AsParameters] ApplicationSignatureServices s, CancellationToken ct)
    {
        var r = await s.Decisions.PrepareApprovalAsync(s.Iin, id, failedChecksReviewed == true, ct);
        return r.Succeeded
            ? TypedResults.Ok(new ApprovalDocumentResponse(System.Text.Encoding.UTF8.GetString(r.Value!), Convert.ToBase64String(r.Value!)))
            : r.ToProblem();
    }

    /// <summary>A.16–A.17: the deciding officer's signature over the approval text approves the application (ledger ApprovalSigned).</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> SignApproval(
        Guid id, SignatureRequest request, [AsParameters] ApplicationSignatureServices s, CancellationToken ct)
    {
        if (SignatureInput.Decode(request.Cms) is not { } cms) return InputRefusals.NotBase64.ToProblem();
        var r = await s.Decisions.SignApprovalAsync(s.Iin, id, cms, ct);
        return r.Succeeded ? TypedResults.NoContent() : r.ToProblem();
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> CoSignAsync(
        Guid id, SignatureRequest request, CurrentUser user, IApplicationCoSigner signer, CancellationToken ct)
    {
        if (SignatureInput.Decode(request.Cms) is not { } cms) return InputRefusals.NotBase64.ToProblem();
        var who = CoSigner.Of(user); // A.11: a legal entity's head acts for its BIN
        if (await signer.FindAsync(who, id, ct) is null) return TypedResults.NotFound();
        var r = await signer.SignAsync(who, id, cms, ct);
        return r.Succeeded ? TypedResults.NoContent() : r.ToProblem();
    }
}

/// <summary>What the application-signature endpoints need, bound with <c>[AsParameters]</c>.</summary>
/// <param name="Guarantors">A.12 guarantor signatures.</param>
/// <param name="Spouses">The spouse's signature.</param>
/// <param name="Decisions">A.16 refusals signed by KTK's head.</param>
/// <param name="User">The caller.</param>
public sealed record ApplicationSignatureServices(GuarantorSignatures Guarantors, SpouseSignatures Spouses, Decisions Decisions, CurrentUser User)
{
    /// <summary>The caller's IIN (every cabinet login carries one).</summary>
    public string Iin => User.Iin;
}
