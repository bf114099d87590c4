using System.Security.Claims;

namespace RentToOwn.Platform.Identity;

/// <summary>The result of an EDS login: a principal to sign in, or an HTTP status and a reason (a text key, <see cref="IdentityRefusals"/>).</summary>
/// <param name="Principal">The session principal on success.</param>
/// <param name="Status">200 on success, else 400/401/403.</param>
/// <param name="Code">The reason's text key (<c>identity.refused.…</c>); null on success.</param>
/// <param name="Args">The key's arguments.</param>
public sealed record LoginOutcome(ClaimsPrincipal? Principal, int Status, string? Code, IReadOnlyList<object?>? Args = null)
{
    /// <summary>A successful login.</summary>
    public static LoginOutcome Success(ClaimsPrincipal principal) => new(principal, StatusCodes.Status200OK, null);

    /// <summary>A refused login: the text key <paramref name="code"/> with <paramref name="args"/>.</summary>
    public static LoginOutcome Refused(int status, string code, params object?[] args) => new(null, status, code, args);

    /// <summary>Why it was refused, in the current request's language; null on success.</summary>
    public string? Error => AsOutcome().Error;

    /// <summary>The refusal as the platform's one result (for <see cref="OutcomeResults.ToProblem(Outcome, string?)"/>).</summary>
    public Outcome AsOutcome() => new(Status, Code, Args);
}
