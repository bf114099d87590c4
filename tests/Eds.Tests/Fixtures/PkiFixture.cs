using Microsoft.Extensions.Time.Testing;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Eds.Tests.Fixtures;

/// <summary>One test PKI per test run (key generation is the slow part), with keys for every case.</summary>
public sealed class PkiFixture
{
    public static readonly DateTimeOffset Start = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    public PkiFixture()
    {
        Pki = TestPki.Create(new FakeTimeProvider(Start));
        foreach (var alg in new[] { KeyAlgorithm.Rsa, KeyAlgorithm.Gost })
        {
            Keys[(alg, "tenant")] = Pki.Issue(DemoParties.ByRole("tenant"), alg, KeyPurpose.Signing);
            Keys[(alg, "tenant-auth")] = Pki.Issue(DemoParties.ByRole("tenant"), alg, KeyPurpose.Authentication);
            Keys[(alg, "spouse")] = Pki.Issue(DemoParties.ByRole("spouse"), alg, KeyPurpose.Signing);
            Keys[(alg, "ktk-head")] = Pki.Issue(DemoParties.ByRole("ktk-head"), alg, KeyPurpose.Signing);
            Keys[(alg, "revoked")] = Pki.Issue(DemoParties.ByRole("guarantor"), alg, KeyPurpose.Signing);
            Keys[(alg, "revoked-auth")] = Pki.Issue(DemoParties.ByRole("guarantor"), alg, KeyPurpose.Authentication);
            Keys[(alg, "expired")] = Pki.Issue(DemoParties.ByRole("spouse"), alg, KeyPurpose.Signing, Start.AddDays(-400), Start.AddDays(-35));
            Keys[(alg, "future")] = Pki.Issue(DemoParties.ByRole("spouse"), alg, KeyPurpose.Signing, Start.AddDays(30), Start.AddDays(400));
        }

        // Revoked ten days after Start: signatures timestamped before then stay valid.
        foreach (var alg in new[] { KeyAlgorithm.Rsa, KeyAlgorithm.Gost })
        {
            Pki.Revoke(Keys[(alg, "revoked")].SerialHex, RevokedAt);
            Pki.Revoke(Keys[(alg, "revoked-auth")].SerialHex, RevokedAt);
        }

        var foreign = TestPki.Create(new FakeTimeProvider(Start));
        foreach (var alg in new[] { KeyAlgorithm.Rsa, KeyAlgorithm.Gost })
        {
            Keys[(alg, "foreign")] = foreign.Issue(DemoParties.ByRole("tenant"), alg, KeyPurpose.Signing);
        }

        Trust = new TrustStore([Pki.Root.Certificate], [Pki.RsaCa.Certificate, Pki.GostCa.Certificate]);
    }

    public static DateTimeOffset RevokedAt => Start.AddDays(10);

    public TestPki Pki { get; }

    public Dictionary<(KeyAlgorithm, string), IssuedKey> Keys { get; } = [];

    public TrustStore Trust { get; }

    /// <summary>CRLs of every CA published at <paramref name="at"/> (valid 7 days).</summary>
    public CrlRevocationSource CrlsAt(DateTimeOffset at) =>
        new(Pki.Authorities.Select(a => a.CreateCrl(at, at.AddDays(7))).ToArray());

    /// <summary>A policy whose clock reads <paramref name="now"/> and whose CRLs were published at <paramref name="now"/>.</summary>
    public VerificationPolicy PolicyAt(DateTimeOffset now, ExpectedSigner? expected = null, KeyPurpose purpose = KeyPurpose.Signing) =>
        new(Trust, [CrlsAt(now)], new FakeTimeProvider(now)) { ExpectedSigner = expected, RequiredPurpose = purpose };
}

[CollectionDefinition(Name)]
public sealed class PkiCollection : ICollectionFixture<PkiFixture>
{
    public const string Name = "pki";
}
