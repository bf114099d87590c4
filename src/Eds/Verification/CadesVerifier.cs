using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.X509;
using RentToOwn.Eds.Algorithms;

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
    private readonly ConcurrentDictionary<ReadOnlyMemory<byte>, CachedCertificate> _byDer = new(RawBytesComparer.Instance);
    private readonly ConditionalWeakTable<X509Certificate, CachedCertificate> _byInstance = new();
    private readonly ConcurrentDictionary<(string Child, string Parent), bool> _links = new();
    private readonly ConditionalWeakTable<TrustStore, ConcurrentDictionary<string, List<CachedCertificate>>> _chains = new();

    /// <summary>
    /// Verifies <paramref name="cms"/> (DER ContentInfo/SignedData). <paramref name="document"/> is the signed
    /// document for a detached signature, or null when the signature is attached.
    /// </summary>
    public ValidationReport Verify(byte[]? document, byte[] cms, VerificationPolicy policy)
    {
        var now = policy.Time.GetUtcNow();
        ParsedCms parsed;
        try
        {
            parsed = CmsReader.Read(cms);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(now, "CMS does not parse: " + e.Message);
        }

        var results = new List<SignatureValidation>();
        try
        {
            var embedded = new List<CachedCertificate>();
            foreach (var raw in parsed.Certificates)
            {
                if (Cache(raw) is { } cert)
                {
                    embedded.Add(cert);
                }
            }

            var data = document ?? parsed.Content;
            foreach (var signer in parsed.Signers)
            {
                results.Add(VerifySigner(signer, data, embedded, policy, now));
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

        return new ValidationReport(results, now, parsed.Content);
    }

    private SignatureValidation VerifySigner(ParsedSigner signer, byte[]? data, List<CachedCertificate> embedded, VerificationPolicy policy, DateTimeOffset now)
    {
        var report = new SignatureValidation
        {
            Indication = Indication.Indeterminate,
            SignatureAlgorithm = signer.SignatureOid,
            DigestAlgorithm = signer.DigestOid,
        };
        var warnings = new List<string>();
        SignatureValidation Fail(Indication indication, SubIndication sub, string error) =>
            report with { Indication = indication, SubIndication = sub, Errors = [error] };

        // Format: CAdES-BES needs signed attributes content-type, message-digest and signing-certificate-v2.
        var attributes = signer.SignedAttributes;
        if (signer.SignedAttributesDer is null)
        {
            return Fail(Indication.TotalFailed, SubIndication.FormatFailure, "no signed attributes");
        }

        if (Single(attributes, KzOids.AttrMessageDigest) is not { } messageDigest ||
            Single(attributes, KzOids.AttrContentType) is not { } contentType ||
            Single(attributes, KzOids.AttrSigningCertificateV2) is not { } signingCertV2)
        {
            return Fail(Indication.TotalFailed, SubIndication.FormatFailure, "missing or repeated content-type, message-digest or signing-certificate-v2");
        }

        if (SignedAttributeReader.ContentType(contentType) != KzOids.Data)
        {
            return Fail(Indication.TotalFailed, SubIndication.FormatFailure, "content-type attribute is not id-data");
        }

        if (Single(attributes, KzOids.AttrSigningTime) is { } signingTime)
        {
            report = report with { ClaimedSigningTime = SignedAttributeReader.SigningTime(signingTime) };
        }

        // Identify the signing certificate.
        var signerCert = embedded.FirstOrDefault(c => Matches(signer, c))
            ?? policy.Trust.Intermediates.Select(Cache).FirstOrDefault(c => Matches(signer, c));
        if (signerCert is null)
        {
            return Fail(Indication.Indeterminate, SubIndication.NoSigningCertificateFound, "signing certificate not in the CMS");
        }

        report = report with
        {
            Signer = signerCert.Signer,
            KeyUsage = signerCert.KeyUsage,
            ExtendedKeyUsage = signerCert.ExtendedKeyUsage,
            KeyPurpose = signerCert.Purpose,
        };
        var (essHashOid, essHash, essSerial) = SignedAttributeReader.SigningCertificateV2(signingCertV2);
        if (!Digests.IsSupported(essHashOid) || !CryptographicOperations.FixedTimeEquals(signerCert.Hash(essHashOid), essHash) ||
            essSerial is { } serial && serial != signerCert.Serial)
        {
            return Fail(Indication.Indeterminate, SubIndication.NoSigningCertificateFound, "signing-certificate-v2 does not match the signing certificate");
        }

        // Crypto: message digest over the document, then the signature over the DER signed attributes.
        if (data is null)
        {
            return Fail(Indication.TotalFailed, SubIndication.FormatFailure, "detached signature but no document given");
        }

        if (!Digests.IsSupported(signer.DigestOid))
        {
            return Fail(Indication.TotalFailed, SubIndication.FormatFailure, $"unsupported digest {signer.DigestOid}");
        }

        if (!CryptographicOperations.FixedTimeEquals(SignedAttributeReader.MessageDigest(messageDigest), Digests.Compute(signer.DigestOid, data)))
        {
            return Fail(Indication.TotalFailed, SubIndication.HashFailure, "the document does not match the signed message-digest");
        }

        var check = signerCert.Check;
        if (check is null || !check.Verify(signer.SignatureOid, signer.DigestOid, signer.SignedAttributesDer, signer.Signature))
        {
            return Fail(Indication.TotalFailed, SubIndication.SigCryptoFailure, "the signature value does not verify");
        }

        // Time: a valid signature timestamp is proof of existence; otherwise the best signature time is now.
        DateTimeOffset? timestamp = null;
        if (signer.UnsignedAttributes.TryGetValue(KzOids.AttrSignatureTimeStamp, out var tokens) && tokens.Count > 0)
        {
            var (time, problem) = TimestampCheck.Validate(tokens[0], signer.Signature, c => BuildChain(Cache(c), embedded, policy).Chain, policy);
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
        report = report with { Chain = chain?.Select((c, i) => i == chain.Count - 1 ? c.Summary with { IsTrustAnchor = true } : c.Summary).ToArray() ?? [] };
        if (chain is null)
        {
            return Fail(Indication.Indeterminate, SubIndication.NoCertificateChainFound, chainError!);
        }

        // Constraints: key purpose, role, expected signer.
        if (!signerCert.Allows(policy.RequiredPurpose))
        {
            return Fail(Indication.TotalFailed, SubIndication.ChainConstraintsFailure, $"the certificate is not a {policy.RequiredPurpose} key (key usage/EKU)");
        }

        if (policy.ExpectedSigner is { } expected && Mismatch(expected, signerCert.Signer) is { } mismatch)
        {
            return Fail(Indication.TotalFailed, SubIndication.ChainConstraintsFailure, mismatch);
        }

        // Validity of every certificate at the best signature time.
        foreach (var c in chain)
        {
            if (best < c.NotBefore)
            {
                return Fail(Indication.TotalFailed, SubIndication.NotYetValid, $"{c.Summary.Subject} not valid before {c.NotBefore:O}");
            }

            if (best > c.NotAfter)
            {
                return timestamp is null
                    ? Fail(Indication.Indeterminate, SubIndication.OutOfBoundsNoPoe, $"{c.Summary.Subject} expired {c.NotAfter:O} and no timestamp proves earlier signing")
                    : Fail(Indication.TotalFailed, SubIndication.Expired, $"{c.Summary.Subject} expired {c.NotAfter:O} before the timestamp");
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
                return Fail(Indication.Indeterminate, SubIndication.TryLater, $"no revocation status for {chain[i].Summary.Subject}: {status?.Detail ?? "no source"}");
            }

            if (status.State == RevocationState.Revoked && status.RevokedAt <= best)
            {
                // Revoked before the best signature time. With a timestamp, or when the signer itself claims to
                // have signed after the revocation, that is final; otherwise nothing proves when it was signed.
                var claimedAfter = report.ClaimedSigningTime is { } claimedTime && claimedTime >= status.RevokedAt;
                var message = $"{chain[i].Summary.Subject} revoked at {status.RevokedAt:O}";
                return timestamp is not null || claimedAfter
                    ? Fail(Indication.TotalFailed, SubIndication.Revoked, message)
                    : Fail(Indication.Indeterminate, SubIndication.Revoked, message + "; no timestamp proves signing before it");
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

    /// <summary>Builds signer → … → anchor, checking each link's signature (cached) and CA constraints. Good chains are cached per trust store.</summary>
    private (List<CachedCertificate>? Chain, string? Error) BuildChain(CachedCertificate leaf, List<CachedCertificate> embedded, VerificationPolicy policy)
    {
        var known = _chains.GetValue(policy.Trust, _ => new ConcurrentDictionary<string, List<CachedCertificate>>());
        if (known.TryGetValue(leaf.Key, out var cached))
        {
            return (cached, null);
        }

        var anchors = policy.Trust.Anchors.Select(Cache).ToArray();
        var pool = anchors.Concat(policy.Trust.Intermediates.Select(Cache)).Concat(embedded).ToArray();
        var chain = new List<CachedCertificate> { leaf };
        var current = leaf;
        while (chain.Count <= policy.MaxChainLength)
        {
            if (anchors.Any(a => a.Key == current.Key))
            {
                known[leaf.Key] = chain;
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

    private CachedCertificate Cache(X509Certificate certificate) =>
        _byInstance.GetValue(certificate, c =>
        {
            var der = c.GetEncoded();
            return _certificates.GetOrAdd(Convert.ToHexString(SHA256.HashData(der)), key => new CachedCertificate(c, der, key));
        });

    /// <summary>A certificate from the CMS; null when it does not parse (it is then simply not used).</summary>
    private CachedCertificate? Cache(ReadOnlyMemory<byte> raw)
    {
        if (_byDer.TryGetValue(raw, out var known))
        {
            return known;
        }

        try
        {
            AsnDepthGuard.Check(raw);
            var der = raw.ToArray();
            var key = Convert.ToHexString(SHA256.HashData(der));
            var cached = _certificates.GetOrAdd(key, k => new CachedCertificate(new X509CertificateParser().ReadCertificate(der), der, k));
            _byDer.TryAdd(der, cached);
            return cached;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static bool Matches(ParsedSigner signer, CachedCertificate cert)
    {
        if (signer.SubjectKeyId is { } ski)
        {
            return cert.SubjectKeyId is { } certSki && ski.AsSpan().SequenceEqual(certSki);
        }

        return signer.Serial == cert.Serial && signer.IssuerName is { } name && name.Span.SequenceEqual(cert.IssuerNameDer);
    }

    private static ReadOnlyMemory<byte>? Single(IReadOnlyDictionary<string, IReadOnlyList<ReadOnlyMemory<byte>>> attributes, string oid) =>
        attributes.TryGetValue(oid, out var values) && values.Count == 1 ? values[0] : null;

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

    private static ValidationReport Failed(DateTimeOffset now, string error) =>
        new([Result(Indication.TotalFailed, SubIndication.FormatFailure, error)], now, null);

    private static SignatureValidation Result(Indication indication, SubIndication sub, string error) =>
        new() { Indication = indication, SubIndication = sub, Errors = [error] };
}
