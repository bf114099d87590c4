using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Tsp;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using Attribute = Org.BouncyCastle.Asn1.Cms.Attribute;
using CmsTime = Org.BouncyCastle.Asn1.Cms.Time;

namespace RentToOwn.Eds.Signing;

/// <summary>
/// Creates CAdES-BES signatures (detached or attached) with the signed attributes content-type, message-digest,
/// signing-time and signing-certificate-v2, for RSA (sha256WithRSAEncryption) and GOST 34.10-2015 512 keys
/// (Kazakhstan OIDs). With a TSA client it adds a signature timestamp (CAdES-T).
/// </summary>
public sealed class CadesSigner(TimeProvider time, ITimestampClient? timestampClient = null)
{
    /// <summary>Signs <paramref name="document"/>.</summary>
    public byte[] Sign(byte[] document, Pkcs12Key key, CadesSignOptions? options = null)
    {
        options ??= CadesSignOptions.Detached;
        var digestOid = Digests.DigestOidFor(Signatures.AlgorithmOf(key.PrivateKey));
        return Build(Digests.Compute(digestOid, document), options.Attached ? document : null, key, options);
    }

    /// <summary>Signs a digest computed by the caller (NCALayer's "digested" mode); always detached.</summary>
    public byte[] SignDigest(byte[] digest, Pkcs12Key key, bool timestamp = false) =>
        Build(digest, null, key, new CadesSignOptions(false, timestamp));

    /// <summary>
    /// Adds a parallel signature to an existing CAdES CMS (e.g. A.17–A.18: tenant, then guarantors, then KTK sign
    /// the same contract). <paramref name="document"/> is needed for detached CMS and ignored for attached ones.
    /// Throws <see cref="FormatException"/> when <paramref name="cms"/> is not a SignedData.
    /// </summary>
    public byte[] AddSignature(byte[] cms, byte[]? document, Pkcs12Key key, bool timestamp = false)
    {
        SignedData existing;
        try
        {
            var info = ContentInfo.GetInstance(Asn1Object.FromByteArray(cms));
            if (info.ContentType.Id != KzOids.SignedData)
            {
                throw new FormatException("not a signedData CMS");
            }

            existing = SignedData.GetInstance(info.Content);
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidCastException or InvalidOperationException)
        {
            throw new FormatException("not a CMS signature: " + e.Message, e);
        }

        var content = (existing.EncapContentInfo.Content as Asn1OctetString)?.GetOctets() ?? document
            ?? throw new ArgumentException("a detached CMS needs the document to add a signature", nameof(document));
        var digestOid = Digests.DigestOidFor(Signatures.AlgorithmOf(key.PrivateKey));
        var (signerInfo, digestAlgorithm, certificates) = BuildSignerInfo(Digests.Compute(digestOid, content), key, new CadesSignOptions(false, timestamp));
        var digestAlgorithms = existing.DigestAlgorithms.ToArray().Append(digestAlgorithm).DistinctBy(a => a.ToAsn1Object().GetDerEncoded(), ByteArrayComparer.Instance).ToArray();
        var allCertificates = (existing.Certificates?.ToArray() ?? []).Concat(certificates)
            .DistinctBy(c => c.ToAsn1Object().GetDerEncoded(), ByteArrayComparer.Instance).ToArray();
        var signers = existing.SignerInfos.ToArray().Append(signerInfo).ToArray();
        var signedData = new SignedData(new DerSet(digestAlgorithms), existing.EncapContentInfo, new DerSet(allCertificates), existing.CRLs, new DerSet(signers));
        return new ContentInfo(new DerObjectIdentifier(KzOids.SignedData), signedData).GetEncoded(Asn1Encodable.Der);
    }

    private byte[] Build(byte[] digest, byte[]? encapsulated, Pkcs12Key key, CadesSignOptions options)
    {
        var (signerInfo, digestAlgorithm, certificates) = BuildSignerInfo(digest, key, options);
        var signedData = new SignedData(
            new DerSet(digestAlgorithm),
            new ContentInfo(new DerObjectIdentifier(KzOids.Data), encapsulated is null ? null : new DerOctetString(encapsulated)),
            new DerSet(certificates),
            null,
            new DerSet(signerInfo));
        return new ContentInfo(new DerObjectIdentifier(KzOids.SignedData), signedData).GetEncoded(Asn1Encodable.Der);
    }

    private (SignerInfo SignerInfo, AlgorithmIdentifier DigestAlgorithm, Asn1Encodable[] Certificates) BuildSignerInfo(byte[] digest, Pkcs12Key key, CadesSignOptions options)
    {
        var algorithm = Signatures.AlgorithmOf(key.PrivateKey);
        var digestOid = Digests.DigestOidFor(algorithm);
        var digestAlgorithm = new AlgorithmIdentifier(new DerObjectIdentifier(digestOid));
        var cert = key.Certificate;

        var essCert = new EssCertIDv2(
            System.Security.Cryptography.SHA256.HashData(cert.GetEncoded()),
            new IssuerSerial(new GeneralNames(new GeneralName(cert.IssuerDN)), new DerInteger(cert.SerialNumber)));
        var signedAttributes = new DerSet(
            Attr(KzOids.AttrContentType, new DerObjectIdentifier(KzOids.Data)),
            Attr(KzOids.AttrSigningTime, new CmsTime(time.GetUtcNow().UtcDateTime)),
            Attr(KzOids.AttrMessageDigest, new DerOctetString(digest)),
            Attr(KzOids.AttrSigningCertificateV2, new SigningCertificateV2([essCert])));
        var signature = Signatures.Sign(key.PrivateKey, signedAttributes.GetEncoded(Asn1Encodable.Der));

        Asn1Set? unsigned = null;
        if (options.Timestamp)
        {
            unsigned = new DerSet(Attr(KzOids.AttrSignatureTimeStamp, RequestTimestamp(signature)));
        }

        var signerInfo = new SignerInfo(
            new SignerIdentifier(new IssuerAndSerialNumber(cert.IssuerDN, cert.SerialNumber)),
            digestAlgorithm,
            signedAttributes,
            Signatures.SignatureAlgorithm(algorithm),
            new DerOctetString(signature),
            unsigned);
        var certificates = new[] { cert }.Concat(key.Chain.Where(c => !c.SubjectDN.Equivalent(c.IssuerDN)))
            .Select(c => (Asn1Encodable)c.CertificateStructure).ToArray();
        return (signerInfo, digestAlgorithm, certificates);
    }

    private Asn1Encodable RequestTimestamp(byte[] signature)
    {
        if (timestampClient is null)
        {
            throw new InvalidOperationException("a timestamp was requested but no TSA client is configured");
        }

        // CAdES-T: the imprint is the hash of the SignerInfo's signature value (ETSI EN 319 122-1, 5.3).
        var generator = new TimeStampRequestGenerator();
        generator.SetCertReq(true);
        var nonce = new BigInteger(1, System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
        var request = generator.Generate(TspAlgorithms.Sha256, System.Security.Cryptography.SHA256.HashData(signature), nonce);
        var responseBytes = timestampClient.Exchange(request.GetEncoded());
        try
        {
            var response = new TimeStampResponse(responseBytes);
            response.Validate(request);
            var token = response.TimeStampToken ?? throw new TimestampException($"TSA refused: {response.GetStatusString()}");
            return Asn1Object.FromByteArray(token.GetEncoded());
        }
        catch (Exception e) when (e is TspException or IOException or ArgumentException or InvalidCastException)
        {
            throw new TimestampException("bad TSA response: " + e.Message, e);
        }
    }

    private static Attribute Attr(string oid, Asn1Encodable value) => new(new DerObjectIdentifier(oid), new DerSet(value));
}
