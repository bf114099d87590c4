using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Org.BouncyCastle.X509;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Signing;
using RentToOwn.Eds.Tests.Fixtures;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Eds.Tests.Verification;

/// <summary>Issue 15: a CMS cannot make the verifier do unbounded work or keep unbounded memory.</summary>
[Collection(PkiCollection.Name)]
public sealed class ResourceLimitTests(PkiFixture fx)
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("A.17: rent-to-own contract No. 45");
    private static readonly DateTimeOffset SignTime = PkiFixture.Start.AddDays(2);

    private byte[] Sign(KeyAlgorithm alg = KeyAlgorithm.Rsa, string role = "tenant") =>
        new CadesSigner(new FakeTimeProvider(SignTime)).Sign(Document, fx.Keys[(alg, role)].Key);

    [Theory]
    [InlineData(2_000)]
    [InlineData(20_000)]
    public void Thousands_of_signers_are_refused_before_any_verification_in_well_under_a_second(int count)
    {
        var cms = Sign(KeyAlgorithm.Gost);
        var many = CmsSurgery.Rebuild(cms, signers: Enumerable.Repeat(CmsSurgery.Signers(cms)[0], count));
        var verifier = new CadesVerifier();

        var watch = Stopwatch.StartNew();
        var report = verifier.Verify(Document, many, fx.PolicyAt(SignTime));
        watch.Stop();

        var sig = Assert.Single(report.Signatures);
        Assert.Equal(Indication.TotalFailed, sig.Indication);
        Assert.Equal(SubIndication.FormatFailure, sig.SubIndication);
        Assert.Equal($"the CMS holds {count} SignerInfos; at most 16 are accepted", report.LimitExceeded);
        Assert.Equal([report.LimitExceeded!], sig.Errors);
        Assert.Null(sig.SignerCertificate);
        Assert.Equal(0, verifier.CachedCertificates);
        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(500), $"took {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void Thousands_of_certificates_are_refused_in_well_under_a_second()
    {
        var cms = Sign();
        var many = CmsSurgery.Rebuild(cms, certificates: Enumerable.Range(0, 5_000).Select(i => Junk(i)));

        var watch = Stopwatch.StartNew();
        var report = new CadesVerifier().Verify(Document, many, fx.PolicyAt(SignTime));
        watch.Stop();

        Assert.Equal("the CMS holds 5000 certificates; at most 32 are accepted", report.LimitExceeded);
        Assert.Equal(SubIndication.FormatFailure, Assert.Single(report.Signatures).SubIndication);
        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(500), $"took {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void A_2_MiB_cms_with_2000_signers_is_refused_by_the_precheck_in_well_under_a_second()
    {
        var cms = Sign();
        var signer = CmsSurgery.Signers(cms)[0];
        var count = 2 * 1024 * 1024 / signer.Length + 1;
        var big = CmsSurgery.Rebuild(cms, signers: Enumerable.Repeat(signer, Math.Max(count, 2_000)));
        Assert.True(big.Length >= 2 * 1024 * 1024);

        var watch = Stopwatch.StartNew();
        var problem = CmsPrecheck.ExceededLimit(big, VerificationLimits.Default);
        watch.Stop();

        Assert.Equal($"the CMS holds {Math.Max(count, 2_000)} SignerInfos; at most 16 are accepted", problem);
        Assert.Equal(new CmsCounts(Math.Max(count, 2_000), 2), CmsPrecheck.Count(big));
        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(500), $"took {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void The_limits_are_configurable_and_inclusive()
    {
        var cms = Sign();
        var sixteen = CmsSurgery.Rebuild(cms, signers: Enumerable.Repeat(CmsSurgery.Signers(cms)[0], 16));
        var verifier = new CadesVerifier();

        var report = verifier.Verify(Document, sixteen, fx.PolicyAt(SignTime));
        var tighter = verifier.Verify(Document, sixteen, fx.PolicyAt(SignTime) with { Limits = new VerificationLimits { MaxSigners = 15 } });
        var fewCertificates = verifier.Verify(Document, cms, fx.PolicyAt(SignTime) with { Limits = new VerificationLimits { MaxCertificates = 1 } });

        Assert.Equal(16, report.Signatures.Count);
        Assert.True(report.Passed);
        Assert.Null(report.LimitExceeded);
        Assert.Equal("the CMS holds 16 SignerInfos; at most 15 are accepted", tighter.LimitExceeded);
        Assert.Equal("the CMS holds 2 certificates; at most 1 are accepted", fewCertificates.LimitExceeded);
    }

    [Fact]
    public void An_authentication_needs_exactly_one_signer_checked_first()
    {
        var key = fx.Keys[(KeyAlgorithm.Rsa, "tenant-auth")].Key;
        var signer = new CadesSigner(new FakeTimeProvider(SignTime));
        var one = signer.Sign(Document, key);
        var two = signer.AddSignature(one, Document, key);

        var report = new CadesVerifier().Verify(Document, two, fx.PolicyAt(SignTime, purpose: KeyPurpose.Authentication));

        Assert.True(CmsPrecheck.HasExactlyOneSigner(one));
        Assert.False(CmsPrecheck.HasExactlyOneSigner(two));
        Assert.False(CmsPrecheck.HasExactlyOneSigner(new byte[] { 0x30, 0x00 }));
        Assert.Equal("the CMS holds 2 SignerInfos; an authentication needs exactly one", report.LimitExceeded);
        Assert.Equal(SubIndication.FormatFailure, Assert.Single(report.Signatures).SubIndication);
        Assert.True(new CadesVerifier().Verify(Document, one, fx.PolicyAt(SignTime, purpose: KeyPurpose.Authentication)).Passed);
    }

    /// <summary>Many requests full of certificates that chain nowhere: none is kept, and memory stays flat.</summary>
    [Fact]
    public void Untrusted_certificates_are_never_kept_and_memory_stays_flat()
    {
        var cms = Sign();
        var own = CmsSurgery.Certificates(cms);
        var verifier = new CadesVerifier();
        var policy = fx.PolicyAt(SignTime);
        var n = 0;
        ValidationReport Round() => verifier.Verify(Document, CmsSurgery.Rebuild(cms, certificates: Enumerable.Range(0, 30).Select(_ => Junk(n++)).Concat(own)), policy);

        for (var i = 0; i < 50; i++)
        {
            Assert.True(Round().Passed);
        }

        var manySigners = CmsSurgery.Rebuild(cms, signers: Enumerable.Repeat(CmsSurgery.Signers(cms)[0], 2_000));
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < 500; i++)
        {
            Assert.True(Round().Passed);
            Assert.NotNull(verifier.Verify(Document, manySigners, policy).LimitExceeded);
        }

        var grown = GC.GetTotalMemory(forceFullCollection: true) - before;

        // Only the signer's own certificate chained (its CA is the trust store's copy), so it alone is kept.
        Assert.Equal(1, verifier.CachedCertificates);
        Assert.True(grown < 4 * 1024 * 1024, $"memory grew by {grown} bytes over 500 rounds of 15,000 junk certificates");
    }

    [Fact]
    public void The_certificate_cache_is_bounded_least_recently_used_first()
    {
        var verifier = new CadesVerifier(new CadesVerifierOptions { MaxCachedCertificates = 2 });
        var policy = fx.PolicyAt(SignTime);

        foreach (var role in new[] { "tenant", "spouse", "ktk-head", "tenant" })
        {
            Assert.True(verifier.Verify(Document, Sign(KeyAlgorithm.Rsa, role), policy).Passed);
        }

        Assert.Equal(2, verifier.CachedCertificates);
    }

    [Fact]
    public void Work_past_the_time_budget_stops_with_try_later()
    {
        var clock = new FakeTimeProvider(SignTime);
        var slow = new SlowSource(fx.CrlsAt(SignTime), clock, TimeSpan.FromSeconds(6));
        var cms = Sign();
        var two = new CadesSigner(clock).AddSignature(cms, Document, fx.Keys[(KeyAlgorithm.Rsa, "spouse")].Key);
        var policy = new VerificationPolicy(fx.Trust, [slow], clock) { Limits = new VerificationLimits { MaxDuration = TimeSpan.FromSeconds(5) } };

        var report = new CadesVerifier().Verify(Document, two, policy);

        // The first signer's leaf revocation check takes 6 s of a 5 s budget: its CA is not asked, the second signer not started.
        Assert.Equal(2, report.Signatures.Count);
        Assert.All(report.Signatures, s =>
        {
            Assert.Equal(Indication.Indeterminate, s.Indication);
            Assert.Equal(SubIndication.TryLater, s.SubIndication);
            Assert.Equal(["verification stopped: the time budget of 5 s per CMS was used up"], s.Errors);
        });
        Assert.Equal(1, slow.Calls);
    }

    [Fact]
    public void A_cancelled_verification_throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => new CadesVerifier().Verify(Document, Sign(), fx.PolicyAt(SignTime), cancelled.Token));
    }

    /// <summary>A copy of the tenant's certificate with another serial: parses, chains nowhere, distinct DER.</summary>
    private byte[] Junk(int i)
    {
        var cert = fx.Keys[(KeyAlgorithm.Rsa, "tenant")].Key.Certificate;
        var der = cert.GetEncoded();
        var serial = cert.SerialNumber.ToByteArray();
        var at = der.AsSpan().IndexOf(serial);
        BitConverter.GetBytes(i).CopyTo(der, at + serial.Length - 4);
        return der;
    }

    private sealed class SlowSource(IRevocationSource inner, FakeTimeProvider clock, TimeSpan each) : IRevocationSource
    {
        public int Calls { get; private set; }

        public RevocationStatus? Check(X509Certificate certificate, X509Certificate issuer, DateTimeOffset now)
        {
            Calls++;
            clock.Advance(each);
            return inner.Check(certificate, issuer, now);
        }
    }
}
