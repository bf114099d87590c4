using Org.BouncyCastle.X509;

namespace RentToOwn.Eds.Verification;

/// <summary>A source of revocation information (CRL, OCSP). Implementations must not throw for bad data.</summary>
public interface IRevocationSource
{
    /// <summary>
    /// Status of <paramref name="certificate"/> issued by <paramref name="issuer"/>, as known at <paramref name="now"/>;
    /// null when this source has nothing on that issuer.
    /// </summary>
    RevocationStatus? Check(X509Certificate certificate, X509Certificate issuer, DateTimeOffset now);
}
