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
