using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Apis;

/// <summary>A.12: the handler both co-signer cabinets (guarantor, spouse) use to post their signature over an application.</summary>
public static class ApplicationSignatureEndpoint
{
    /// <summary>A detached CAdES (base64) over the application text (<c>language</c> is ignored: the text is bilingual).</summary>
    public sealed record SignatureRequest(string? Language, string Cms);

    /// <summary>
    /// Verifies and stores the caller's signature through <paramref name="signer"/>: 204; not base64 → 400; an application
    /// the caller does not co-sign → 404; signed already (or concurrently) → 409; otherwise refused → 422.
    /// </summary>
    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> SignAsync(
        Guid id, SignatureRequest request, HttpContext http, IApplicationCoSigner signer, CancellationToken ct)
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
        if (await signer.FindAsync(iin, id, ct) is null) return TypedResults.NotFound();
        var r = await signer.SignAsync(iin, id, cms, ct);
        return r.Succeeded ? TypedResults.NoContent()
            : TypedResults.Problem(r.Error, statusCode: r.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
    }
}
