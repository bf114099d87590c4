using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Org.BouncyCastle.X509;
using RentToOwn.Eds.Algorithms;

namespace RentToOwn.Eds.Verification;

/// <summary>
/// Verifies CAdES-BES / CAdES-T signatures and reports per signature an ETSI EN 319 102-1 indication.
/// Certificate validity and revocation are judged at the best signature time: the timestamp's genTime when a
/// valid signature timestamp is present, else the validation time (policy clock). Never throws for bad input.
/// Work is bounded by <see cref="VerificationPolicy.Limits"/>: SignerInfo and certificate counts are checked before
/// anything is parsed or hashed, each document digest is computed once per algorithm, and a time budget stops the
/// rest. Thread-safe; keep one instance to reuse its cache of certificates that chained to a trust anchor
/// (bounded, <see cref="CadesVerifierOptions"/>); certificates that did not are never kept across calls.
/// </summary>
public sealed class CadesVerifier
{
    private readonly CertificateCache _cache;
    private readonly ConditionalWeakTable<TrustStore, TrustedCertificates> _trusted = new();

    /// <summary>A verifier with the default options.</summary>
    public CadesVerifier()
        : this(new CadesVerifierOptions())
    {
    }

    /// <summary>A verifier with <paramref name="options"/>.</summary>
    public CadesVerifier(CadesVerifierOptions options)
    {
        _cache = new CertificateCache(options.MaxCachedCertificates);
    }

    /// <summary>Certificates kept across calls (for tests of the bound).</summary>
    internal int CachedCertificates => _cache.Count;

    /// <summary>
    /// Verifies <paramref name="cms"/> (DER ContentInfo/SignedData). <paramref name="document"/> is the signed
    /// document for a detached signature, or null when the signature is attached.
    /// </summary>
    public ValidationReport Verify(byte[]? document, byte[] cms, VerificationPolicy policy) =>
        Verify(document, cms, policy, CancellationToken.None);

    /// <summary>
    /// As <see cref="Verify(byte[], byte[], VerificationPolicy)"/>; throws <see cref="OperationCanceledException"/>
    /// when <paramref name="cancellationToken"/> is cancelled (checked between steps).
    /// </summary>
    public ValidationReport Verify(byte[]? document, byte[] cms, VerificationPolicy policy, CancellationToken cancellationToken)
    {
        var now = policy.Time.GetUtcNow();
        ParsedCms parsed;
        try
        {
            parsed = CmsReader.Read(cms, policy.Limits, policy.RequiredPurpose);
        }
        catch (CmsLimitException e)
        {
            return new ValidationReport([Result(Indication.TotalFailed, SubIndication.FormatFailure, e.Message)], now, null) { LimitExceeded = e.Message };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed(now, "CMS does not parse: " + e.Message);
        }

        var results = new List<SignatureValidation>();
        using var run = new VerificationRun(_cache, _trusted.GetValue(policy.Trust, t => new TrustedCertificates(t)), policy, document ?? parsed.Content, cancellationToken);
        try
        {
            run.AddEmbedded(parsed.Certificates);
            foreach (var signer in parsed.Signers)
            {
                results.Add(run.OutOfTime() is { } stop
                    ? Result(Indication.Indeterminate, SubIndication.TryLater, stop)
                    : VerifySigner(signer, run, now));
            }
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            results.Add(Result(Indication.TotalFailed, SubIndication.FormatFailure, "malformed signature: " + e.Message));
        }

        if (results.Count == 0)
        {
            results.Add(Result(Indication.TotalFailed, SubIndication.FormatFailure, "the CMS holds no SignerInfo"));
        }

        return new ValidationReport(results, now, parsed.Content);
    }

    private static SignatureValidation VerifySigner(ParsedSigner signer, VerificationRun run, DateTimeOffset now)
    {
        var policy = run.Policy;
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

        // Identify the signing certificate: the one the sid names AND signing-certificate-v2 pins (several may share a sid).
        var candidates = run.Embedded.Concat(run.Trusted.Intermediates).Where(c => Matches(signer, c)).ToArray();
        if (candidates.Length == 0)
        {
            return Fail(Indication.Indeterminate, SubIndication.NoSigningCertificateFound, "signing certificate not in the CMS");
        }

        var (essHashOid, essHash, essSerial) = SignedAttributeReader.SigningCertificateV2(signingCertV2);
        var signerCert = candidates.FirstOrDefault(c => Digests.IsSupported(essHashOid) &&
            CryptographicOperations.FixedTimeEquals(c.Hash(essHashOid), essHash) && (essSerial is not { } serial || serial == c.Serial));
        if (signerCert is null)
        {
            return Fail(Indication.Indeterminate, SubIndication.NoSigningCertificateFound, "signing-certificate-v2 does not match the signing certificate");
        }

        report = report with
        {
            Signer = signerCert.Signer,
            KeyUsage = signerCert.KeyUsage,
            ExtendedKeyUsage = signerCert.ExtendedKeyUsage,
            KeyPurpose = signerCert.Purpose,
            SignerCertificate = signerCert.Der.ToArray(),
        };

        // Crypto: message digest over the document (once per algorithm per CMS), then the signature over the DER signed attributes.
        if (run.Document is null)
        {
            return Fail(Indication.TotalFailed, SubIndication.FormatFailure, "detached signature but no document given");
        }

        if (!Digests.IsSupported(signer.DigestOid))
        {
            return Fail(Indication.TotalFailed, SubIndication.FormatFailure, $"unsupported digest {signer.DigestOid}");
        }

        if (!CryptographicOperations.FixedTimeEquals(SignedAttributeReader.MessageDigest(messageDigest), run.DocumentDigest(signer.DigestOid)))
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
        if (run.OutOfTime() is { } stop)
        {
            return Fail(Indication.Indeterminate, SubIndication.TryLater, stop);
        }

        if (signer.UnsignedAttributes.TryGetValue(KzOids.AttrSignatureTimeStamp, out var tokens) && tokens.Count > 0)
        {
            var (time, problem) = TimestampCheck.Validate(tokens[0], signer.Signature, c => run.BuildChain(run.Certificate(c)).Chain, policy);
            timestamp = time;
            if (problem is not null)
            {
                warnings.Add("timestamp ignored: " + problem);
            }
        }

        var best = timestamp ?? now;
        report = report with { TimestampTime = timestamp, BestSignatureTime = best, Warnings = warnings };

        // Chain to a trust anchor.
        if (run.OutOfTime() is { } late)
        {
            return Fail(Indication.Indeterminate, SubIndication.TryLater, late);
        }

        var (chain, chainError) = run.BuildChain(signerCert);
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
            if (run.OutOfTime() is { } over)
            {
                return Fail(Indication.Indeterminate, SubIndication.TryLater, over);
            }

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
