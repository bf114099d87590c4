using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Tsp;
using Org.BouncyCastle.Utilities.Collections;
using Org.BouncyCastle.X509;
using RentToOwn.Eds.Algorithms;

namespace RentToOwn.Eds.Pki;

/// <summary>
/// RFC 3161 timestamp authority: the local stand-in for NCA's TSA (http://tsp.pki.gov.kz). The clock is a
/// <see cref="TimeProvider"/> so tests can timestamp at chosen instants.
/// </summary>
public sealed class TimestampAuthority(AsymmetricKeyParameter privateKey, X509Certificate certificate, IReadOnlyList<X509Certificate> chain, TimeProvider time)
{
    /// <summary>The TSA certificate.</summary>
    public X509Certificate Certificate { get; } = certificate;

    /// <summary>Answers a DER TimeStampReq with a DER TimeStampResp (a rejection response for bad requests).</summary>
    public byte[] Respond(byte[] request)
    {
        var generator = new TimeStampTokenGenerator(privateKey, Certificate, TspAlgorithms.Sha256, KzOids.TestTsaPolicy);
        var certs = new List<X509Certificate> { Certificate };
        certs.AddRange(chain);
        generator.SetCertificates(CollectionUtilities.CreateStore(certs));
        var responder = new TimeStampResponseGenerator(generator, TspAlgorithms.Allowed);
        TimeStampRequest parsed;
        try
        {
            parsed = new TimeStampRequest(request);
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException or TspException)
        {
            return responder.GenerateFailResponse(Org.BouncyCastle.Asn1.Cmp.PkiStatus.Rejection, Org.BouncyCastle.Asn1.Cmp.PkiFailureInfo.BadDataFormat, "malformed request").GetEncoded();
        }

        var serial = new BigInteger(1, RandomNumberGenerator.GetBytes(12));
        return responder.Generate(parsed, serial, time.GetUtcNow().UtcDateTime).GetEncoded();
    }
}
