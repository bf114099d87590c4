using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Apis;

/// <summary>A.16: KTK head's signature over a refusal.</summary>
public static class HeadApi
{
    /// <summary>The signed refusal.</summary>
    public sealed record SignatureRequest(string? Language, string Cms);

    /// <summary>Maps <c>POST /api/head/refusals/{id}/signature</c> (head cabinet only).</summary>
    public static IEndpointRouteBuilder MapHeadApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/head/refusals/{id:guid}/signature", SignRefusal).RequireAuthorization(CabinetPolicies.Head);
        return app;
    }

    /// <summary>Verifies and stores the head's signature; the refusal then reaches the tenant.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> SignRefusal(
        Guid id, SignatureRequest request, HttpContext http, Decisions decisions, CancellationToken ct)
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

        var r = await decisions.SignRefusalAsync(PlatformClaims.IinOf(http.User)!, id, cms, ct);
        // A.16: a refusal signed already (or by a concurrent submission) is a conflict.
        return r.Succeeded ? TypedResults.NoContent()
            : TypedResults.Problem(r.Error, statusCode: r.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
    }
}
