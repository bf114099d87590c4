using Org.BouncyCastle.Ocsp;
using Org.BouncyCastle.X509;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;

namespace RentToOwn.Eds.Verification;

/// <summary>
/// Revocation by OCSP (RFC 6960). <paramref name="exchange"/> sends a DER OCSPRequest for a certificate of the
/// given issuer and returns the DER OCSPResponse (HTTP in production, in-process in tests). The response must be
/// signed by the issuer itself (as NCA's and the stand-in responder do) and be fresh (thisUpdate ≤ now ≤ nextUpdate).
/// </summary>
public sealed class OcspRevocationSource(Func<X509Certificate, byte[], byte[]> exchange) : IRevocationSource
{
    /// <summary>OCSP over HTTP POST to <paramref name="urlFor"/>(issuer); null URL means no OCSP for that issuer.</summary>
    public static OcspRevocationSource OverHttp(HttpClient http, Func<X509Certificate, Uri?> urlFor) => new((issuer, request) =>
    {
        var url = urlFor(issuer) ?? throw new InvalidOperationException("no OCSP URL for " + issuer.SubjectDN);
        using var content = new ByteArrayContent(request);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/ocsp-request");
        using var response = http.Send(new HttpRequestMessage(HttpMethod.Post, url) { Content = content });
        response.EnsureSuccessStatusCode();
        using var buffer = new MemoryStream();
        response.Content.ReadAsStream().CopyTo(buffer);
        return buffer.ToArray();
    });

    /// <inheritdoc />
    public RevocationStatus? Check(X509Certificate certificate, X509Certificate issuer, DateTimeOffset now)
    {
        const string source = "OCSP";
        try
        {
            var id = OcspCertId.For(issuer, certificate.SerialNumber);
            var generator = new OcspReqGenerator();
            generator.AddRequest(id);
            var response = new OcspResp(exchange(issuer, generator.Generate().GetEncoded()));
            if (response.Status != OcspRespStatus.Successful || response.GetResponseObject() is not BasicOcspResp basic)
            {
                return new RevocationStatus(RevocationState.Unknown, null, source, $"OCSP status {response.Status}");
            }

            using var check = SignatureCheck.FromSubjectPublicKeyInfo(issuer.CertificateStructure.SubjectPublicKeyInfo);
            if (!check.Verify(basic.SignatureAlgorithm.Algorithm.Id, null, basic.GetTbsResponseData(), basic.GetSignature()))
            {
                return new RevocationStatus(RevocationState.Unknown, null, source, "OCSP response signature invalid");
            }

            var single = basic.Responses.FirstOrDefault(r => r.GetCertID().Equals(id));
            if (single is null || single.ThisUpdate > now.UtcDateTime.AddMinutes(5) || single.NextUpdate is { } n && n < now.UtcDateTime)
            {
                return new RevocationStatus(RevocationState.Unknown, null, source, "no fresh OCSP answer for this certificate");
            }

            return single.GetCertStatus() switch
            {
                null => new RevocationStatus(RevocationState.Good, null, source),
                RevokedStatus revoked => new RevocationStatus(RevocationState.Revoked, new DateTimeOffset(revoked.RevocationTime, TimeSpan.Zero), source),
                _ => new RevocationStatus(RevocationState.Unknown, null, source, "responder does not know the certificate"),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new RevocationStatus(RevocationState.Unknown, null, source, "OCSP unavailable: " + e.Message);
        }
    }
}
