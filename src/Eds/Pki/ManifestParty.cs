namespace RentToOwn.Eds.Pki;

/// <summary>One party in the manifest.</summary>
/// <param name="Role">tenant, spouse, guarantor, ktk-head, ktk-officer, registrar.</param>
/// <param name="Name">CN.</param>
/// <param name="Iin">IIN.</param>
/// <param name="Bin">BIN for legal-entity staff.</param>
/// <param name="Organization">Organisation for legal-entity staff.</param>
/// <param name="RoleOids">NCA role OIDs.</param>
/// <param name="Keys">Signing and AUTH keys in RSA and GOST.</param>
public sealed record ManifestParty(string Role, string Name, string Iin, string? Bin, string? Organization, IReadOnlyList<string> RoleOids, IReadOnlyList<ManifestKey> Keys);
