using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Apis;

/// <summary>A.12: the guarantor's signature over a submitted application.</summary>
public static class GuarantorApi
{
    /// <summary>Maps <c>POST /api/guarantor/applications/{id}/signature</c> (guarantor cabinet only).</summary>
    public static IEndpointRouteBuilder MapGuarantorApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/guarantor/applications/{id:guid}/signature", Sign).RequireAuthorization(CabinetPolicies.Guarantor);
        return app;
    }

    /// <summary>Verifies and stores the signature; another person's application is a 404.</summary>
    public static Task<Results<NoContent, NotFound, ProblemHttpResult>> Sign(
        Guid id, ApplicationSignatureEndpoint.SignatureRequest request, HttpContext http, GuarantorSignatures signatures, CancellationToken ct) =>
        ApplicationSignatureEndpoint.SignAsync(id, request, http, signatures, ct);
}
