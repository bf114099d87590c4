using RentToOwn.Eds.Certificates;
using Org.BouncyCastle.Ocsp;

namespace RentToOwn.Eds.Pki;

/// <summary>
/// OCSP responder (RFC 6960) for one issuing CA, signing with the CA key itself: the local stand-in for
/// NCA's OCSP service (http://ocsp.pki.gov.kz).
/// </summary>
public sealed class OcspResponder(CertificateAuthority authority, TimeProvider time)
{
    /// <summary>The CA this responder answers for.</summary>
    public CertificateAuthority Authority { get; } = authority;

    /// <summary>Answers a DER OCSPRequest with a DER OCSPResponse (malformedRequest for garbage).</summary>
    public byte[] Respond(byte[] request)
    {
        OcspReq parsed;
        try
        {
            parsed = new OcspReq(request);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new OCSPRespGenerator().Generate(OCSPRespGenerator.MalformedRequest, null).GetEncoded();
        }

        var now = time.GetUtcNow();
        var generator = new BasicOcspRespGenerator(new RespID(Authority.Certificate.SubjectDN));
        foreach (var item in parsed.GetRequestList())
        {
            var id = item.GetCertID();
            CertificateStatus? status;
            var serial = id.SerialNumber.ToString(16);
            if (!OcspCertId.MatchesIssuer(id, Authority.Certificate) || !Authority.HasIssued(serial))
            {
                status = new UnknownStatus();
            }
            else
            {
                var revoked = Authority.Revocations.FirstOrDefault(r => r.SerialHex == serial && r.RevokedAt <= now);
                status = revoked is null ? CertificateStatus.Good : new RevokedStatus(revoked.RevokedAt.UtcDateTime, revoked.Reason);
            }

            generator.AddResponse(id, status, now.UtcDateTime, now.AddHours(1).UtcDateTime, null);
        }

        var basic = generator.Generate(new KeySignatureFactory(Authority.PrivateKey), [Authority.Certificate], now.UtcDateTime);
        return new OCSPRespGenerator().Generate(OCSPRespGenerator.Successful, basic).GetEncoded();
    }
}
