using Org.BouncyCastle.X509;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Identity.Sessions;

/// <summary>Asks the platform's EDS revocation sources (<see cref="EdsTrust"/>: CRLs, re-read on their refresh interval) about a login certificate.</summary>
public sealed class TrustLoginCertificateStatus(EdsTrust trust) : ILoginCertificateStatus
{
    /// <inheritdoc />
    public bool IsRevoked(byte[] certificate, DateTimeOffset now)
    {
        X509Certificate cert;
        try
        {
            cert = new X509CertificateParser().ReadCertificate(certificate);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return true; // a stored certificate that no longer parses cannot vouch for the session
        }

        var policy = trust.Policy(KeyPurpose.Authentication);
        foreach (var issuer in policy.Trust.Anchors.Concat(policy.Trust.Intermediates).Where(i => i.SubjectDN.Equivalent(cert.IssuerDN)))
        {
            foreach (var source in policy.Revocation)
            {
                if (source.Check(cert, issuer, now) is { State: RevocationState.Revoked }) return true;
            }
        }

        return false;
    }
}
