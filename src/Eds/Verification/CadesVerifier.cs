using System.Collections.Concurrent;
using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.X509;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using ContentInfo = Org.BouncyCastle.Asn1.Cms.ContentInfo;
using SignedData = Org.BouncyCastle.Asn1.Cms.SignedData;

namespace RentToOwn.Eds.Verification;

/// <summary>
/// Verifies CAdES-BES / CAdES-T signatures and reports per signature an ETSI EN 319 102-1 indication.
/// Certificate validity and revocation are judged at the best signature time: the timestamp's genTime when a
/// valid signature timestamp is present, else the validation time (policy clock). Never throws for bad input.
/// Thread-safe; keep one instance to reuse its certificate and chain cache.
/// </summary>
public sealed class CadesVerifier
{
    private readonly ConcurrentDictionary<string, CachedCertificate> _certificates = new();
    private readonly ConcurrentDictionary<(string Child, string Parent), bool> _links = new();

    /// <summary>
    /// Verifies <paramref name="cms"/> (DER ContentInfo/SignedData). <paramref name="document"/> is the signed
    /// document for a detached signature, or null when the signature is attached.
    /// </summary>
    public ValidationReport Verify(byte[]? document, byte[] cms, VerificationPolicy policy)
    {
        var now = policy.Time.GetUtcNow();
        SignedData signedData;
        byte[]? content;
        try
        {
            AsnDepthGuard.Check(cms);
            var info = ContentInfo.GetInstance(Asn1Object.FromByteArray(cms));
            if (info.ContentType.Id != KzOids.SignedData)
            {
                return Failed(now, $"content type {info.ContentType.Id} is not signedData");
            }

            signedData = SignedData.GetInstance(info.Content);
            content = (signedData.EncapContentInfo.Content as Asn1OctetString)?.GetOctets();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(now, "CMS does not parse: " + e.Message);
        }

        var results = new List<SignatureValidation>();
        try
        {
            var embedded = new List<CachedCertificate>();
            foreach (Asn1Encodable item in signedData.Certificates ?? new DerSet())
            {
                if (item.ToAsn1Object() is Asn1Sequence)
                {
                    embedded.Add(Cache(X509CertificateStructureOf(item)));
                }
            }

            var data = document ?? content;
            foreach (Asn1Encodable item in signedData.SignerInfos)
            {
                results.Add(VerifySigner(SignerInfo.GetInstance(item), data, embedded, policy, now));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            results.Add(Result(Indication.TotalFailed, SubIndication.FormatFailure, "malformed signature: " + e.Message));
        }

        if (results.Count == 0)
        {
            results.Add(Result(Indication.TotalFailed, SubIndication.FormatFailure, "the CMS holds no SignerInfo"));
        }

        return new ValidationReport(results, now, content);
    }

    private SignatureValidation VerifySigner(SignerInfo signer, byte[]? data, List<CachedCertificate> embedded, VerificationPolicy policy, DateTimeOffset now)
    {
        var report = new SignatureValidation
        {
            Indication = Indication.Indeterminate,
            SignatureAlgorithm = signer.DigestEncryptionAlgorithm.Algorithm.Id,
            DigestAlgorithm = signer.DigestAlgorithm.Algorithm.Id,
        };
        var warnings = new List<string>();

        // Format: CAdES-BES needs signed attributes content-type, message-digest and signing-certificate(-v2).
        if (signer.AuthenticatedAttributes is null)
        {
            return report with { Indication = Indication.TotalFailed, SubIndication = SubIndication.FormatFailure, Errors = ["no signed attributes"] };
        }

        var attributes = new AttributeTable(signer.AuthenticatedAttributes);
        var messageDigest = attributes[new DerObjectIdentifier(KzOids.AttrMessageDigest)];
        var contentType = attributes[new DerObjectIdentifier(KzOids.AttrContentType)];
        var signingCertV2 = attributes[new DerObjectIdentifier(KzOids.AttrSigningCertificateV2)];
        if (messageDigest is null || contentType is null || signingCertV2 is null)
        {
            return report with { Indication = Indication.TotalFailed, SubIndication = SubIndication.FormatFailure, Errors = ["missing content-type, message-digest or signing-certificate-v2"] };
        }

        if (attributes[new DerObjectIdentifier(KzOids.AttrSigningTime)] is { } signingTime)
        {
            report = report with { ClaimedSigningTime = new DateTimeOffset(Time.GetInstance(signingTime.AttrValues[0]).Date, TimeSpan.Zero) };
        }

        // Identify the signing certificate.
        var candidates = embedded.Concat(policy.Trust.Intermediates.Select(Cache));
        var signerCert = candidates.FirstOrDefault(c => Matches(signer.SignerID, c.Certificate));
        if (signerCert is null)
        {
            return report with { SubIndication = SubIndication.NoSigningCertificateFound, Errors = ["signing certificate not in the CMS"] };
        }

        report = Describe(report, signerCert.Certificate);
        var essIds = SigningCertificateV2.GetInstance(signingCertV2.AttrValues[0]).GetCerts();
        if (essIds.Length == 0 || !EssMatches(essIds[0], signerCert))
        {
            return report with { SubIndication = SubIndication.NoSigningCertificateFound, Errors = ["signing-certificate-v2 does not match the signing certificate"] };
        }

        // Crypto: message digest over the document, then the signature over the DER signed attributes.
        if (data is null)
        {
            return report with { Indication = Indication.TotalFailed, SubIndication = SubIndication.FormatFailure, Errors = ["detached signature but no document given"] };
        }

        var digestOid = signer.DigestAlgorithm.Algorithm.Id;
        if (!Digests.IsSupported(digestOid))
        {
            return report with { Indication = Indication.TotalFailed, SubIndication = SubIndication.FormatFailure, Errors = [$"unsupported digest {digestOid}"] };
        }

        var claimed = Asn1OctetString.GetInstance(messageDigest.AttrValues[0]).GetOctets();
        if (!CryptographicOperations.FixedTimeEquals(claimed, Digests.Compute(digestOid, data)))
        {
            return report with { Indication = Indication.TotalFailed, SubIndication = SubIndication.HashFailure, Errors = ["the document does not match the signed message-digest"] };
        }

        var signatureValue = signer.EncryptedDigest.GetOctets();
        var check = signerCert.Check;
        if (check is null || !check.Verify(signer.DigestEncryptionAlgorithm.Algorithm.Id, digestOid, signer.AuthenticatedAttributes.GetEncoded(Asn1Encodable.Der), signatureValue))
        {
            return report with { Indication = Indication.TotalFailed, SubIndication = SubIndication.SigCryptoFailure, Errors = ["the signature value does not verify"] };
        }

        // Time: a valid signature timestamp is proof of existence; otherwise the best signature time is now.
        DateTimeOffset? timestamp = null;
        if (signer.UnauthenticatedAttributes is { } unsigned &&
            new AttributeTable(unsigned)[new DerObjectIdentifier(KzOids.AttrSignatureTimeStamp)] is { } tst)
        {
            var (time, problem) = TimestampCheck.Validate(tst, signatureValue, c => BuildChain(Cache(c), embedded, policy).Chain, policy);
            timestamp = time;
            if (problem is not null)
            {
                warnings.Add("timestamp ignored: " + problem);
            }
        }

        var best = timestamp ?? now;
        report = report with { TimestampTime = timestamp, BestSignatureTime = best, Warnings = warnings };

        // Chain to a trust anchor.
        var (chain, chainError) = BuildChain(signerCert, embedded, policy);
        report = report with { Chain = chain?.Select(c => Summary(c, policy.Trust)).ToArray() ?? [] };
        if (chain is null)
        {
            return report with { SubIndication = SubIndication.NoCertificateChainFound, Errors = [chainError!] };
        }

        // Constraints: key purpose, role, expected signer.
        if (!NcaCertificates.Allows(signerCert.Certificate, policy.RequiredPurpose))
        {
            return report with
            {
                Indication = Indication.TotalFailed,
                SubIndication = SubIndication.ChainConstraintsFailure,
                Errors = [$"the certificate is not a {policy.RequiredPurpose} key (key usage/EKU)"],
            };
        }

        if (policy.ExpectedSigner is { } expected && Mismatch(expected, report.Signer!) is { } mismatch)
        {
            return report with { Indication = Indication.TotalFailed, SubIndication = SubIndication.ChainConstraintsFailure, Errors = [mismatch] };
        }

        // Validity of every certificate at the best signature time.
        foreach (var cert in chain)
        {
            var c = cert.Certificate;
            if (best < new DateTimeOffset(c.NotBefore, TimeSpan.Zero))
            {
                return report with { Indication = Indication.TotalFailed, SubIndication = SubIndication.NotYetValid, Errors = [$"{c.SubjectDN} not valid before {c.NotBefore:O}"] };
            }

            if (best > new DateTimeOffset(c.NotAfter, TimeSpan.Zero))
            {
                return timestamp is null
                    ? report with { SubIndication = SubIndication.OutOfBoundsNoPoe, Errors = [$"{c.SubjectDN} expired {c.NotAfter:O} and no timestamp proves earlier signing"] }
                    : report with { Indication = Indication.TotalFailed, SubIndication = SubIndication.Expired, Errors = [$"{c.SubjectDN} expired {c.NotAfter:O} before the timestamp"] };
            }
        }

        // Revocation of every non-anchor certificate, judged at the best signature time.
        for (var i = 0; i < chain.Count - 1; i++)
        {
            var status = Revocation(chain[i].Certificate, chain[i + 1].Certificate, policy, now);
            if (i == 0)
            {
                report = report with { RevocationSource = status?.Source, RevocationTime = status?.RevokedAt };
            }

            if (status is null || status.State == RevocationState.Unknown)
            {
                return report with { SubIndication = SubIndication.TryLater, Errors = [$"no revocation status for {chain[i].Certificate.SubjectDN}: {status?.Detail ?? "no source"}"] };
            }

            if (status.State == RevocationState.Revoked && status.RevokedAt <= best)
            {
                var claimedAfter = report.ClaimedSigningTime is { } claimedTime && claimedTime >= status.RevokedAt;
                var message = $"{chain[i].Certificate.SubjectDN} revoked at {status.RevokedAt:O}";
                return timestamp is not null || claimedAfter
                    ? report with { Indication = Indication.TotalFailed, SubIndication = SubIndication.Revoked, Errors = [message] }
                    : report with { SubIndication = SubIndication.Revoked, Errors = [message + "; no timestamp proves signing before it"] };
            }
        }

        return report with { Indication = Indication.TotalPassed, SubIndication = null };
    }

    private static RevocationStatus? Revocation(X509Certificate cert, X509Certificate issuer, VerificationPolicy policy, DateTimeOffset now)
    {
        RevocationStatus? fallback = null;
        foreach (var source in policy.Revocation)
        {
            RevocationStatus? status;
            try
            {
                status = source.Check(cert, issuer, now);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                status = new RevocationStatus(RevocationState.Unknown, null, source.GetType().Name, e.Message);
            }

            if (status is { State: not RevocationState.Unknown })
            {
                return status;
            }

            fallback ??= status;
        }

        return fallback;
    }

    /// <summary>Builds signer → … → anchor, checking each link's signature (cached) and CA constraints.</summary>
    private (List<CachedCertificate>? Chain, string? Error) BuildChain(CachedCertificate leaf, List<CachedCertificate> embedded, VerificationPolicy policy)
    {
        var anchors = policy.Trust.Anchors.Select(Cache).ToArray();
        var pool = anchors.Concat(policy.Trust.Intermediates.Select(Cache)).Concat(embedded).ToArray();
        var chain = new List<CachedCertificate> { leaf };
        var current = leaf;
        while (chain.Count <= policy.MaxChainLength)
        {
            if (anchors.Any(a => a.Key == current.Key))
            {
                return (chain, null);
            }

            var issuer = pool.FirstOrDefault(p => p.Key != current.Key && p.Certificate.SubjectDN.Equivalent(current.Certificate.IssuerDN) && Link(current, p));
            if (issuer is null)
            {
                return (null, $"no trusted issuer for {current.Certificate.SubjectDN}");
            }

            if (issuer.Certificate.GetBasicConstraints() < 0 || issuer.Certificate.GetKeyUsage() is { } ku && !(ku.Length > 5 && ku[5]))
            {
                return (null, $"{issuer.Certificate.SubjectDN} is not a CA");
            }

            chain.Add(issuer);
            current = issuer;
        }

        return (null, "chain too long");
    }

    private bool Link(CachedCertificate child, CachedCertificate parent) =>
        _links.GetOrAdd((child.Key, parent.Key), _ =>
        {
            var c = child.Certificate.CertificateStructure;
            return parent.Check?.Verify(c.SignatureAlgorithm.Algorithm.Id, null, c.TbsCertificate.GetEncoded(Asn1Encodable.Der), c.Signature.GetOctets()) == true;
        });

    private CachedCertificate Cache(X509Certificate certificate) => Cache(certificate.CertificateStructure);

    private CachedCertificate Cache(Org.BouncyCastle.Asn1.X509.X509CertificateStructure structure)
    {
        var der = structure.GetEncoded(Asn1Encodable.Der);
        var key = Convert.ToHexString(SHA256.HashData(der));
        return _certificates.GetOrAdd(key, _ => new CachedCertificate(new X509Certificate(structure), der, key));
    }

    private static Org.BouncyCastle.Asn1.X509.X509CertificateStructure X509CertificateStructureOf(Asn1Encodable item) =>
        Org.BouncyCastle.Asn1.X509.X509CertificateStructure.GetInstance(item);

    private static bool Matches(SignerIdentifier id, X509Certificate cert)
    {
        if (id.ID is Asn1OctetString ski)
        {
            var ext = cert.GetExtensionValue(Org.BouncyCastle.Asn1.X509.X509Extensions.SubjectKeyIdentifier);
            return ext is not null && Asn1OctetString.GetInstance(Asn1Object.FromByteArray(ext.GetOctets())).Equals(ski);
        }

        var iasn = IssuerAndSerialNumber.GetInstance(id.ID);
        return iasn.SerialNumber.Value.Equals(cert.SerialNumber) && iasn.Name.Equivalent(cert.IssuerDN);
    }

    private static bool EssMatches(EssCertIDv2 id, CachedCertificate cert)
    {
        var hashOid = id.HashAlgorithm.Algorithm.Id;
        if (!Digests.IsSupported(hashOid) || !CryptographicOperations.FixedTimeEquals(Digests.Compute(hashOid, cert.Der), id.GetCertHash()))
        {
            return false;
        }

        return id.IssuerSerial is null || id.IssuerSerial.Serial.Value.Equals(cert.Certificate.SerialNumber);
    }

    private static string? Mismatch(ExpectedSigner expected, SignerIdentity signer)
    {
        if (expected.Iin is not null && expected.Iin != signer.Iin)
        {
            return $"expected IIN {expected.Iin}, signed by IIN {signer.Iin?.Value ?? "none"}";
        }

        if (expected.Bin is not null && expected.Bin != signer.Bin)
        {
            return $"expected BIN {expected.Bin}, signed by BIN {signer.Bin?.Value ?? "none"}";
        }

        return expected.RoleOid is not null && !signer.RoleOids.Contains(expected.RoleOid)
            ? $"signer lacks role {expected.RoleOid}"
            : null;
    }

    private static SignatureValidation Describe(SignatureValidation report, X509Certificate cert)
    {
        var subject = NcaCertificates.Subject(cert);
        KeyPurpose? purpose = NcaCertificates.Allows(cert, KeyPurpose.Signing) ? KeyPurpose.Signing
            : NcaCertificates.Allows(cert, KeyPurpose.Authentication) ? KeyPurpose.Authentication : null;
        return report with
        {
            Signer = new SignerIdentity(subject.Iin, subject.Bin, subject.CommonName, subject.Organization, subject.RoleOids),
            KeyUsage = NcaCertificates.KeyUsageNames(cert),
            ExtendedKeyUsage = NcaCertificates.ExtendedKeyUsages(cert),
            KeyPurpose = purpose,
        };
    }

    private static CertificateSummary Summary(CachedCertificate c, TrustStore trust) => new(
        c.Certificate.SubjectDN.ToString(),
        c.Certificate.IssuerDN.ToString(),
        c.Certificate.SerialNumber.ToString(16),
        new DateTimeOffset(c.Certificate.NotBefore, TimeSpan.Zero),
        new DateTimeOffset(c.Certificate.NotAfter, TimeSpan.Zero),
        c.Certificate.CertificateStructure.SubjectPublicKeyInfo.AlgorithmID.Algorithm.Id,
        trust.IsAnchor(c.Certificate));

    private static ValidationReport Failed(DateTimeOffset now, string error) =>
        new([Result(Indication.TotalFailed, SubIndication.FormatFailure, error)], now, null);

    private static SignatureValidation Result(Indication indication, SubIndication sub, string error) =>
        new() { Indication = indication, SubIndication = sub, Errors = [error] };
}
