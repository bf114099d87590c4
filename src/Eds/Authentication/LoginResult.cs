using RentToOwn.Eds.Verification;

namespace RentToOwn.Eds.Authentication;

/// <summary>Outcome of a login attempt.</summary>
/// <param name="Principal">The authenticated principal, or null when refused.</param>
/// <param name="Error">Why it was refused.</param>
/// <param name="Report">The signature validation report, when the signature was checked.</param>
public sealed record LoginResult(EdsPrincipal? Principal, string? Error, ValidationReport? Report)
{
    /// <summary>True when the login succeeded.</summary>
    public bool Succeeded => Principal is not null;

    internal static LoginResult Refused(string error, ValidationReport? report = null) => new(null, error, report);
}
