using System.Text;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Eds.Tests.Fixtures;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Eds.Tests.Verification;

/// <summary>No input may crash the verifier; each bad input gets FAILED or INDETERMINATE with a reason.</summary>
[Collection(PkiCollection.Name)]
public sealed class BadInputTests(PkiFixture fx)
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("A.20: consent to the registration application");
    private static readonly DateTimeOffset SignTime = PkiFixture.Start.AddDays(2);
    private readonly CadesVerifier _verifier = new();

    private byte[] Sign(KeyAlgorithm alg, bool attached = false) =>
        new CadesSigner(new FakeTimeProvider(SignTime)).Sign(Document, fx.Keys[(alg, "tenant")].Key, new CadesSignOptions(attached));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(5000)]
    public void Random_bytes_are_a_format_failure(int length)
    {
        var random = new Random(length);
        var garbage = new byte[length];
        random.NextBytes(garbage);

        var sig = Assert.Single(_verifier.Verify(Document, garbage, fx.PolicyAt(SignTime)).Signatures);

        Assert.Equal(Indication.TotalFailed, sig.Indication);
        Assert.Equal(SubIndication.FormatFailure, sig.SubIndication);
        Assert.NotEmpty(sig.Errors);
    }

    [Fact]
    public void Deeply_nested_input_is_refused_without_stack_overflow()
    {
        // 100 000 nested indefinite-length SEQUENCEs would overflow a recursive parser.
        var nested = Enumerable.Repeat(new byte[] { 0x30, 0x80 }, 100_000).SelectMany(b => b).ToArray();

        var sig = Assert.Single(_verifier.Verify(Document, nested, fx.PolicyAt(SignTime)).Signatures);

        Assert.Equal(SubIndication.FormatFailure, sig.SubIndication);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Every_truncation_fails(KeyAlgorithm alg)
    {
        var cms = Sign(alg);
        for (var length = 0; length < cms.Length; length += 13)
        {
            var report = _verifier.Verify(Document, cms[..length], fx.PolicyAt(SignTime));
            Assert.Equal(Indication.TotalFailed, report.Indication);
        }
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Trailing_garbage_is_a_format_failure(KeyAlgorithm alg)
    {
        var cms = Sign(alg).Concat(new byte[] { 0, 1, 2 }).ToArray();

        Assert.Equal(SubIndication.FormatFailure, _verifier.Verify(Document, cms, fx.PolicyAt(SignTime)).Signatures[0].SubIndication);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void Flipped_signature_value_is_a_crypto_failure(KeyAlgorithm alg)
    {
        var cms = Sign(alg);
        // The signature value is the last OCTET STRING of the SignerInfo; its last byte is the CMS's last byte.
        cms[^1] ^= 0x01;

        var sig = Assert.Single(_verifier.Verify(Document, cms, fx.PolicyAt(SignTime)).Signatures);

        Assert.Equal(Indication.TotalFailed, sig.Indication);
        Assert.Equal(SubIndication.SigCryptoFailure, sig.SubIndication);
    }

    [Fact]
    public void Wrong_content_is_a_hash_failure()
    {
        var sig = Assert.Single(_verifier.Verify(Encoding.UTF8.GetBytes("something else"), Sign(KeyAlgorithm.Gost), fx.PolicyAt(SignTime)).Signatures);

        Assert.Equal(SubIndication.HashFailure, sig.SubIndication);
    }

    [Fact]
    public void A_certificate_alone_is_not_a_signature()
    {
        var cert = fx.Keys[(KeyAlgorithm.Rsa, "tenant")].Key.Certificate.GetEncoded();

        Assert.Equal(SubIndication.FormatFailure, _verifier.Verify(Document, cert, fx.PolicyAt(SignTime)).Signatures[0].SubIndication);
    }

    [Fact]
    public void Empty_trust_store_finds_no_chain()
    {
        var policy = new VerificationPolicy(new TrustStore([]), [fx.CrlsAt(SignTime)], new FakeTimeProvider(SignTime));

        var sig = Assert.Single(_verifier.Verify(Document, Sign(KeyAlgorithm.Rsa), policy).Signatures);

        Assert.Equal(SubIndication.NoCertificateChainFound, sig.SubIndication);
    }

    /// <summary>
    /// Thousands of seeded mutations (bit flips, byte writes, cuts, inserts, slice duplications). None may throw;
    /// a mutation may only pass when it touched unsigned bytes, so the signer and signed time stay the tenant's.
    /// </summary>
    [Theory]
    [InlineData(KeyAlgorithm.Rsa, false, 2500)]
    [InlineData(KeyAlgorithm.Rsa, true, 1000)]
    [InlineData(KeyAlgorithm.Gost, false, 1500)]
    public void Randomized_mutations_never_crash_or_forge(KeyAlgorithm alg, bool attached, int count)
    {
        var original = Sign(alg, attached);
        var random = new Random(20260115 + count);
        var policy = fx.PolicyAt(SignTime);
        var failed = 0;
        for (var i = 0; i < count; i++)
        {
            var mutated = Mutate(original, random);
            var report = _verifier.Verify(attached ? null : Document, mutated, policy);
            Assert.NotEmpty(report.Signatures);
            if (report.Passed)
            {
                var sig = report.Signatures[0];
                Assert.Equal(DemoParties.ByRole("tenant").Iin, sig.Signer!.Iin);
                Assert.Equal(SignTime, sig.ClaimedSigningTime);
                Assert.True(!attached || report.SignedContent!.SequenceEqual(Document));
            }
            else
            {
                failed++;
            }
        }

        // Bytes of the embedded issuing-CA certificate are not signed (the trust store holds a good copy), so
        // some mutations there legitimately still pass; everything else must fail.
        Assert.True(failed > count * 3 / 4, $"only {failed} of {count} mutations failed");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = original.ToList();
        switch (random.Next(6))
        {
            case 0:
            case 1:
                for (var n = random.Next(1, 4); n > 0; n--)
                {
                    var at = random.Next(bytes.Count);
                    bytes[at] ^= (byte)(1 << random.Next(8));
                }

                break;
            case 2:
                bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                break;
            case 3:
                bytes.RemoveRange(random.Next(bytes.Count), 1);
                break;
            case 4:
                bytes.Insert(random.Next(bytes.Count), (byte)random.Next(256));
                break;
            default:
                var start = random.Next(bytes.Count);
                var length = random.Next(1, Math.Min(64, bytes.Count - start) + 1);
                bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(start, length));
                break;
        }

        return bytes.ToArray();
    }
}
