using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Apis;

/// <summary>A.12: the guarantor's signature over a submitted application.</summary>
public static class GuarantorApi
{
    /// <summary>The signed application (<c>language</c> is ignored: the text is bilingual).</summary>
    public sealed record SignatureRequest(string? Language, string Cms);

    /// <summary>Maps <c>POST /api/guarantor/applications/{id}/signature</c> (guarantor cabinet only).</summary>
    public static IEndpointRouteBuilder MapGuarantorApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/guarantor/applications/{id:guid}/signature", Sign).RequireAuthorization(CabinetPolicies.Guarantor);
        return app;
    }

    /// <summary>Verifies and stores the signature; another person's application is a 404.</summary>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Sign(
        Guid id, SignatureRequest request, HttpContext http, GuarantorSignatures signatures, CancellationToken ct)
    {
        byte[] cms;
        try
        {
            cms = Convert.FromBase64String(request.Cms ?? "");
        }
        catch (FormatException)
        {
            return TypedResults.Problem("The signature is not base64.", statusCode: StatusCodes.Status400BadRequest);
        }

        var iin = PlatformClaims.IinOf(http.User)!;
        if (await signatures.InvitedAsync(iin, id, ct) is null) return TypedResults.NotFound();
        var r = await signatures.SignAsync(iin, id, cms, ct);
        return r.Succeeded ? TypedResults.NoContent() : TypedResults.Problem(r.Error, statusCode: StatusCodes.Status422UnprocessableEntity);
    }
}
