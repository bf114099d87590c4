using System.Diagnostics;
using System.Text.Json.Nodes;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Signers;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Bench.Suites;

/// <summary>
/// Suite <c>eds</c>: CAdES signatures verified per second through the full verifier (chain to the root, cached
/// CRL, ESS and message-digest checks), RSA and GOST, against the raw primitive on the same keys in the same run
/// (document digest + signature verify over the signed attributes). Also BouncyCastle's RSA for comparison with
/// the OS path the verifier uses.
/// </summary>
public sealed class EdsSuite : IBenchSuite
{
    /// <inheritdoc />
    public string Name => "eds";

    /// <inheritdoc />
    public Task<JsonObject> RunAsync(bool quick)
    {
        var duration = TimeSpan.FromSeconds(quick ? 1 : 5);
        var pki = TestPki.Create(TimeProvider.System);
        var policy = new VerificationPolicy(
            new TrustStore([pki.Root.Certificate], [pki.RsaCa.Certificate, pki.GostCa.Certificate]),
            [new CrlRevocationSource(pki.Authorities.Select(pki.PublishCrl).ToArray())],
            TimeProvider.System);
        var document = new byte[4096];
        new Random(42).NextBytes(document);
        var figures = new JsonObject { ["documentBytes"] = document.Length, ["secondsPerFigure"] = duration.TotalSeconds };
        foreach (var algorithm in new[] { KeyAlgorithm.Rsa, KeyAlgorithm.Gost })
        {
            var key = pki.Issue(DemoParties.ByRole("tenant"), algorithm, KeyPurpose.Signing).Key;
            var cms = new CadesSigner(TimeProvider.System).Sign(document, key);
            var verifier = new CadesVerifier();
            if (!verifier.Verify(document, cms, policy).Passed)
            {
                throw new InvalidOperationException($"{algorithm} signature does not verify");
            }

            var signer = SignerInfo.GetInstance(SignedData.GetInstance(ContentInfo.GetInstance(Asn1Object.FromByteArray(cms)).Content).SignerInfos[0]);
            var signedAttributes = signer.SignedAttrs.GetEncoded(Asn1Encodable.Der);
            var signature = signer.Signature.GetOctets();
            var signatureOid = signer.SignatureAlgorithm.Algorithm.Id;
            var digestOid = Digests.DigestOidFor(algorithm);
            using var check = SignatureCheck.FromSubjectPublicKeyInfo(key.Certificate.CertificateStructure.SubjectPublicKeyInfo);

            var (full, primitive) = Interleaved(duration,
                () => verifier.Verify(document, cms, policy).Passed,
                () => Digests.Compute(digestOid, document).Length > 0 && check.Verify(signatureOid, digestOid, signedAttributes, signature));
            var entry = new JsonObject
            {
                ["fullVerifierPerSecond"] = Math.Round(full, 1),
                ["primitivePerSecond"] = Math.Round(primitive, 1),
                ["ratio"] = Math.Round(full / primitive, 3),
                ["goalRatio"] = 0.8,
                ["primitivePath"] = algorithm == KeyAlgorithm.Rsa ? "System.Security.Cryptography RSA (OpenSSL)" : "BouncyCastle ECGOST3410-2012-512 + Streebog-512",
            };
            if (algorithm == KeyAlgorithm.Rsa)
            {
                var publicKey = PublicKeys.Decode(key.Certificate.CertificateStructure.SubjectPublicKeyInfo);
                entry["bouncyCastleRsaPrimitivePerSecond"] = Math.Round(PerSecond(duration, () =>
                {
                    var rsa = new RsaDigestSigner(new Sha256Digest());
                    rsa.Init(false, publicKey);
                    rsa.BlockUpdate(signedAttributes, 0, signedAttributes.Length);
                    return Digests.Compute(digestOid, document).Length > 0 && rsa.VerifySignature(signature);
                }), 1);
            }

            figures[algorithm.ToString().ToLowerInvariant()] = entry;
        }

        return Task.FromResult(figures);
    }

    /// <summary>
    /// Measures two operations in alternating rounds after a timed warm-up (so JIT tiering and other load on this
    /// shared machine hit both alike); returns operations per second of each.
    /// </summary>
    private static (double A, double B) Interleaved(TimeSpan duration, Func<bool> a, Func<bool> b)
    {
        PerSecond(duration / 2, a);
        PerSecond(duration / 2, b);
        const int rounds = 5;
        double countA = 0, countB = 0, secondsA = 0, secondsB = 0;
        for (var r = 0; r < rounds; r++)
        {
            var (n, s) = Count(duration / rounds, a);
            countA += n;
            secondsA += s;
            (n, s) = Count(duration / rounds, b);
            countB += n;
            secondsB += s;
        }

        return (countA / secondsA, countB / secondsB);
    }

    private static (int Count, double Seconds) Count(TimeSpan duration, Func<bool> operation)
    {
        var count = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            Check(operation());
            count++;
        }

        return (count, watch.Elapsed.TotalSeconds);
    }

    private static double PerSecond(TimeSpan duration, Func<bool> operation)
    {
        for (var i = 0; i < 50; i++)
        {
            Check(operation());
        }

        var count = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            Check(operation());
            count++;
        }

        return count / watch.Elapsed.TotalSeconds;
    }

    private static void Check(bool ok)
    {
        if (!ok)
        {
            throw new InvalidOperationException("a verification failed during the bench");
        }
    }
}
