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
    public static Task<Results<NoContent, NotFound, ProblemHttpResult>> Sign(
        Guid id, ApplicationSignatureEndpoint.SignatureRequest request, HttpContext http, SpouseSignatures signatures, CancellationToken ct) =>
        ApplicationSignatureEndpoint.SignAsync(id, request, http, signatures, ct);
}
