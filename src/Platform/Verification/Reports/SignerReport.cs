namespace RentToOwn.Platform.Verification.Reports;

/// <summary>The signer as the certificate says, with the IIN masked (A.39–A.40).</summary>
/// <param name="MaskedIin">e.g. 90******0120.</param>
/// <param name="Bin">The organisation's BIN (public), for legal-entity staff.</param>
/// <param name="CommonName">CN.</param>
/// <param name="Organization">O.</param>
/// <param name="Roles">NCA certificate roles (individual, legal-entity, head, signing-rights, employee).</param>
public sealed record SignerReport(string? MaskedIin, string? Bin, string CommonName, string? Organization, IReadOnlyList<string> Roles);
