namespace RentToOwn.Platform.Verification.Reports;

/// <summary>One certificate of the validated chain (signer first); IINs in the names are masked.</summary>
public sealed record ChainCertificate(string Subject, string Issuer, string Serial, DateTimeOffset NotBefore, DateTimeOffset NotAfter, bool TrustAnchor);
