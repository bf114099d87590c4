using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Consents;

/// <summary>A.9: the subject signs the Appendix consent form; the platform verifies it and registers it with the ДҚБ stand-in.</summary>
public static class ConsentsApi
{
    /// <summary>A signed consent form.</summary>
    public sealed record ConsentRequest(string Language, string Cms);

    /// <summary>The registered consent.</summary>
    public sealed record ConsentResponse(Guid ConsentId, string FormVersion, DateTimeOffset ValidUntil);

    /// <summary>Maps <c>POST /api/consents</c>.</summary>
    public static IEndpointRouteBuilder MapConsentsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/consents", GiveConsent).RequireAuthorization();
        return app;
    }

    /// <summary>Verifies the CAdES over the form in the chosen language, by the session's own IIN, with a signing key.</summary>
    public static async Task<Results<Ok<ConsentResponse>, ProblemHttpResult>> GiveConsent(
        ConsentRequest request, HttpContext http, ConsentSigning signing, EdsTrust trust, PlatformDbContext db, CancellationToken ct)
    {
        var iin = PlatformClaims.IinOf(http.User)!;
        if (!Languages.IsSupportedCode(request.Language))
        {
            return TypedResults.Problem($"Unknown form language '{request.Language}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (SignatureInput.Decode(request.Cms) is not { } cms) return SignatureInput.NotBase64Problem();
        var form = ConsentForm.Bytes(request.Language, http.User.Identity!.Name!, iin, trust.Options.KtkBin);
        var given = await signing.GiveAsync(iin, ConsentPurposes.Application, $"{ConsentForm.Version}/{request.Language}", form, cms, ct, "consent signature");
        if (!given.Succeeded) return TypedResults.Problem(given.Error, statusCode: given.Status);
        await db.SaveChangesAsync(ct);
        var consent = given.Value.Consent;
        return TypedResults.Ok(new ConsentResponse(consent.Id, consent.FormVersion, consent.ValidUntil));
    }
}
