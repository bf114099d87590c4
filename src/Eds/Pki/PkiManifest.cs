namespace RentToOwn.Eds.Pki;

/// <summary>DIR/manifest.json of <c>rto pki init</c>: every party, its keys, and the trust files. Paths are relative to DIR.</summary>
/// <param name="TrustDirectory">Folder with trust anchors, intermediates and CRLs (pass it to <c>rto verify --trust</c>).</param>
/// <param name="TrustAnchors">Root CA certificate files.</param>
/// <param name="Intermediates">Issuing CA certificate files.</param>
/// <param name="Crls">CRL files, one per CA.</param>
/// <param name="Tsa">TSA certificate file.</param>
/// <param name="Parties">The demo parties.</param>
public sealed record PkiManifest(
    string TrustDirectory,
    IReadOnlyList<string> TrustAnchors,
    IReadOnlyList<string> Intermediates,
    IReadOnlyList<string> Crls,
    string Tsa,
    IReadOnlyList<ManifestParty> Parties);

/// <summary>One party in the manifest.</summary>
/// <param name="Role">tenant, spouse, guarantor, ktk-head, ktk-officer, registrar.</param>
/// <param name="Name">CN.</param>
/// <param name="Iin">IIN.</param>
/// <param name="Bin">BIN for legal-entity staff.</param>
/// <param name="Organization">Organisation for legal-entity staff.</param>
/// <param name="RoleOids">NCA role OIDs.</param>
/// <param name="Keys">Signing and AUTH keys in RSA and GOST.</param>
public sealed record ManifestParty(string Role, string Name, string Iin, string? Bin, string? Organization, IReadOnlyList<string> RoleOids, IReadOnlyList<ManifestKey> Keys);

/// <summary>One key file in the manifest.</summary>
/// <param name="Algorithm">rsa or gost.</param>
/// <param name="Purpose">sign or auth.</param>
/// <param name="Path">.p12 path relative to the PKI folder.</param>
/// <param name="Password">.p12 password (test keys only).</param>
/// <param name="Serial">Certificate serial (hex), for <c>rto pki revoke</c>.</param>
/// <param name="NotAfter">Certificate expiry.</param>
public sealed record ManifestKey(string Algorithm, string Purpose, string Path, string Password, string Serial, DateTimeOffset NotAfter);
