namespace RentToOwn.Platform.Registration;

/// <summary>The cadastre's reason for a status (art. 27 suspension, art. 31 refusal, or a plain status).</summary>
/// <param name="Code">e.g. ART27_FEE_NOT_CONFIRMED.</param>
/// <param name="LegalBasis">e.g. "art. 27".</param>
/// <param name="TextKk">Kazakh text from the cadastre.</param>
/// <param name="TextRu">Russian text from the cadastre.</param>
public sealed record RegistrationReason(string Code, string? LegalBasis, string? TextKk, string? TextRu);
