using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Apis;

/// <summary>The spouse's signature over a submitted application (spouse cabinet).</summary>
public static class SpouseApi
{
    /// <summary>Maps <c>POST /api/spouse/applications/{id}/signature</c> (spouse cabinet only).</summary>
    public static IEndpointRouteBuilder MapSpouseApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/spouse/applications/{id:guid}/signature", Sign).RequireAuthorization(CabinetPolicies.Spouse);
        return app;
    }

    /// <summary>Verifies and stores the signature; an application not naming the caller as spouse is a 404.</summary>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Sign(
        Guid id, GuarantorApi.SignatureRequest request, HttpContext http, SpouseSignatures signatures, CancellationToken ct)
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
        if (await signatures.FindAsync(iin, id, ct) is null) return TypedResults.NotFound();
        var r = await signatures.SignAsync(iin, id, cms, ct);
        return r.Succeeded ? TypedResults.NoContent() : TypedResults.Problem(r.Error, statusCode: StatusCodes.Status422UnprocessableEntity);
    }
}
