using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.12, A.16: signatures over a submitted application — the guarantor's and the spouse's (co-signers), and KTK head's over
/// a refusal. Each posts a detached CAdES (base64); 204 when accepted, 400 not base64, 404 an application the caller does
/// not co-sign, 409 signed already (or concurrently), 422 refused with the reason.
/// </summary>
public static class ApplicationSignaturesApi
{
    /// <summary>A detached CAdES (base64) over the application (or refusal) text; <c>language</c> is ignored: the text is bilingual.</summary>
    public sealed record SignatureRequest(string? Language, string Cms);

    /// <summary>
    /// Maps <c>POST /api/guarantor/applications/{id}/signature</c> (guarantor cabinet), <c>POST /api/spouse/applications/{id}/signature</c>
    /// (spouse cabinet) and <c>POST /api/head/refusals/{id}/signature</c> (head cabinet).
    /// </summary>
    public static IEndpointRouteBuilder MapApplicationSignaturesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/guarantor/applications").RequireAuthorization(CabinetPolicies.Guarantor).MapPost("/{id:guid}/signature", SignAsGuarantor);
        app.MapGroup("/api/spouse/applications").RequireAuthorization(CabinetPolicies.Spouse).MapPost("/{id:guid}/signature", SignAsSpouse);
        app.MapGroup("/api/head/refusals").RequireAuthorization(CabinetPolicies.Head).MapPost("/{id:guid}/signature", SignRefusal);
        return app;
    }

    /// <summary>A.12: the invited guarantor's signature; another person's application is a 404.</summary>
    public static Task<Results<NoContent, NotFound, ProblemHttpResult>> SignAsGuarantor(
        Guid id, SignatureRequest request, HttpContext http, GuarantorSignatures signatures, CancellationToken ct) =>
        CoSignAsync(id, request, http, signatures, ct);

    /// <summary>The spouse's signature; an application not naming the caller as spouse is a 404.</summary>
    public static Task<Results<NoContent, NotFound, ProblemHttpResult>> SignAsSpouse(
        Guid id, SignatureRequest request, HttpContext http, SpouseSignatures signatures, CancellationToken ct) =>
        CoSignAsync(id, request, http, signatures, ct);

    /// <summary>A.16: KTK head's signature over a refusal; the refusal then reaches the tenant.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> SignRefusal(
        Guid id, SignatureRequest request, HttpContext http, Decisions decisions, CancellationToken ct)
    {
        if (SignatureInput.Decode(request.Cms) is not { } cms) return SignatureInput.NotBase64Problem();
        var r = await decisions.SignRefusalAsync(PlatformClaims.IinOf(http.User)!, id, cms, ct);
        return r.Succeeded ? TypedResults.NoContent() : TypedResults.Problem(r.Error, statusCode: r.Status);
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> CoSignAsync(
        Guid id, SignatureRequest request, HttpContext http, IApplicationCoSigner signer, CancellationToken ct)
    {
        if (SignatureInput.Decode(request.Cms) is not { } cms) return SignatureInput.NotBase64Problem();
        var who = CoSigner.Of(http.User); // A.11: a legal entity's head acts for its BIN
        if (await signer.FindAsync(who, id, ct) is null) return TypedResults.NotFound();
        var r = await signer.SignAsync(who, id, cms, ct);
        return r.Succeeded ? TypedResults.NoContent() : TypedResults.Problem(r.Error, statusCode: r.Status);
    }
}
