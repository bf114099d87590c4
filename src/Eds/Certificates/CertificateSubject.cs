using RentToOwn.Domain.Identity;

namespace RentToOwn.Eds.Certificates;

/// <summary>
/// The person or organisation an NCA-style certificate names: CN=SURNAME NAME, SURNAME, SERIALNUMBER=IIN…,
/// C=KZ, G=patronymic; staff of legal entities also carry O and OU=BIN….
/// </summary>
/// <param name="CommonName">CN: "SURNAME NAME".</param>
/// <param name="Iin">12-digit IIN (individual identification number), from SERIALNUMBER=IIN….</param>
/// <param name="Bin">12-digit BIN (business identification number), from OU=BIN…; null for individuals.</param>
/// <param name="Surname">SURNAME.</param>
/// <param name="Patronymic">G (given name attribute holds the patronymic in NCA certificates).</param>
/// <param name="Organization">O, for legal-entity staff.</param>
/// <param name="RoleOids">NCA role OIDs found in the extended key usage (1.2.398.3.3.4.…).</param>
public sealed record CertificateSubject(
    string CommonName,
    Iin? Iin,
    Bin? Bin,
    string? Surname,
    string? Patronymic,
    string? Organization,
    IReadOnlyList<string> RoleOids);
