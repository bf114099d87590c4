using RentToOwn.Domain.Identity;

namespace RentToOwn.Eds.Pki;

/// <summary>A demo party of the test PKI and the subject data its certificates carry.</summary>
/// <param name="Role">Product role: tenant, spouse, guarantor, ktk-head, ktk-officer, registrar.</param>
/// <param name="Surname">SURNAME.</param>
/// <param name="GivenName">Given name (second word of CN).</param>
/// <param name="Patronymic">Patronymic (the G attribute).</param>
/// <param name="Iin">IIN with a valid control digit.</param>
/// <param name="Bin">Employer BIN for legal-entity staff, else null.</param>
/// <param name="Organization">Employer name for legal-entity staff, else null.</param>
/// <param name="RoleOids">NCA role OIDs.</param>
public sealed record PartyProfile(
    string Role,
    string Surname,
    string GivenName,
    string? Patronymic,
    Iin Iin,
    Bin? Bin,
    string? Organization,
    IReadOnlyList<string> RoleOids)
{
    /// <summary>CN as NCA writes it: "SURNAME NAME".</summary>
    public string CommonName => $"{Surname} {GivenName}";
}
