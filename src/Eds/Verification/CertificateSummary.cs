namespace RentToOwn.Eds.Verification;

/// <summary>One certificate of the validated chain, signer first.</summary>
/// <param name="Subject">Subject DN.</param>
/// <param name="Issuer">Issuer DN.</param>
/// <param name="SerialHex">Serial number in hex.</param>
/// <param name="NotBefore">Start of validity.</param>
/// <param name="NotAfter">End of validity.</param>
/// <param name="KeyAlgorithm">Public key algorithm OID.</param>
/// <param name="IsTrustAnchor">True for the trust anchor.</param>
public sealed record CertificateSummary(string Subject, string Issuer, string SerialHex, DateTimeOffset NotBefore, DateTimeOffset NotAfter, string KeyAlgorithm, bool IsTrustAnchor);
