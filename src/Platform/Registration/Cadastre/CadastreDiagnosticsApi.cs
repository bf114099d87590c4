using Microsoft.AspNetCore.Http.HttpResults;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Registration.Cadastre;

/// <summary>
/// For engineers and KTK officers: cadastre events the platform has not managed to store yet (A.25–A.28, A.37). The
/// gateway keeps each such event unacknowledged and retries it with backoff; this lists where it is stuck and why.
/// </summary>
public static class CadastreDiagnosticsApi
{
    /// <summary>One application whose next event keeps failing to be stored.</summary>
    /// <param name="CadastreId">The cadastre application id (the attempt's id).</param>
    /// <param name="LastHandledSequence">The last event the platform stored; the stuck one comes after it.</param>
    /// <param name="Failures">Failed attempts in a row.</param>
    /// <param name="Error">The last failure (<c>#sequence: error</c>).</param>
    public sealed record UndeliveredEvent(string CadastreId, ulong LastHandledSequence, int Failures, string? Error);

    /// <summary>Maps <c>GET /api/registrations/cadastre/undelivered</c> (officer cabinet).</summary>
    public static IEndpointRouteBuilder MapCadastreDiagnosticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/registrations/cadastre").RequireAuthorization(CabinetPolicies.Officer).MapGet("/undelivered", Undelivered);
        return app;
    }

    /// <summary>The applications whose next cadastre event is stuck, with the last error.</summary>
    public static Ok<List<UndeliveredEvent>> Undelivered(CadastreConnection cadastre) =>
        TypedResults.Ok(cadastre.Gateway.UndeliveredEvents().Select(i => new UndeliveredEvent(i.ApplicationId, i.LastSequence, i.EventFailures, i.EventError)).ToList());
}
