using Microsoft.Extensions.Time.Testing;
using RentToOwn.Eds.Hosting;
using RentToOwn.Eds.Pki;

namespace RentToOwn.Eds.Tests.Cli;

/// <summary>The issue's "Done when" list through `rto pki`, `rto sign` and `rto verify`, RSA and GOST alike.</summary>
public sealed class SignVerifyCliTests(CliFixture fx) : IClassFixture<CliFixture>
{
    private string Doc(string name, string text = "A.17: rent-to-own contract, signed in the tenant's cabinet")
    {
        var path = fx.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private int Sign(string role, string alg, string doc, string sig, params string[] extra)
    {
        var key = fx.Key(role, alg);
        return Rto.Run(["sign", "--p12", fx.PathOf(key), "--password", key.Password, "--in", doc, "--out", sig, .. extra]);
    }

    private int Verify(string doc, string sig, params string[] extra) =>
        Rto.Run(["verify", "--in", doc, "--sig", sig, "--trust", fx.Trust, .. extra]);

    private static string TenantIin => DemoParties.ByRole("tenant").Iin.Value;

    [Theory]
    [InlineData("rsa")]
    [InlineData("gost")]
    public void Tenant_signature_passes_with_expected_iin_and_fails_tampered_or_other_iin(string alg)
    {
        var doc = Doc($"contract-{alg}.txt");
        var sig = doc + ".cms";
        Assert.Equal(0, Sign("tenant", alg, doc, sig));

        Assert.Equal(0, Verify(doc, sig, "--expect-iin", TenantIin, "--format", "json"));
        Assert.Equal(1, Verify(Doc($"tampered-{alg}.txt", "A.17: rent-to-own contract, signed in the tenant's cabinet!"), sig, "--expect-iin", TenantIin));
        Assert.Equal(1, Verify(doc, sig, "--expect-iin", DemoParties.ByRole("spouse").Iin.Value));
    }

    [Theory]
    [InlineData("rsa")]
    [InlineData("gost")]
    public void Attached_signature_verifies_without_in(string alg)
    {
        var doc = Doc($"attached-{alg}.txt");
        var sig = doc + ".cms";
        Assert.Equal(0, Sign("ktk-head", alg, doc, sig, "--attach"));

        Assert.Equal(0, Rto.Run("verify", "--sig", sig, "--trust", fx.Trust, "--expect-bin", DemoParties.KtkBin.Value));
    }

    [Theory]
    [InlineData("rsa")]
    [InlineData("gost")]
    public async Task Revocation_fails_untimestamped_but_not_a_signature_timestamped_before_it(string alg)
    {
        // Fresh guarantor key so revocation does not disturb other tests.
        var pki = PkiDirectory.Load(fx.Directory, TimeProvider.System);
        var key = PkiDirectory.WriteKey(fx.Directory, pki.Issue(DemoParties.ByRole("guarantor"), alg == "rsa" ? Algorithms.KeyAlgorithm.Rsa : Algorithms.KeyAlgorithm.Gost, Certificates.KeyPurpose.Signing));
        PkiDirectory.SaveAuthorities(fx.Directory, pki);
        var now = DateTimeOffset.UtcNow;

        // The TSA stand-in runs over HTTP with its clock an hour back: the timestamp proves signing at now − 1 h.
        await using var server = await PkiHttpServer.StartAsync(
            new TestPki(pki.Root, pki.RsaCa, pki.GostCa, pki.TsaKey, new FakeTimeProvider(now.AddHours(-1))));
        var doc = Doc($"guarantee-{alg}.txt", "A.11: guarantee");
        var plain = doc + ".cms";
        var stamped = doc + ".t.cms";
        Assert.Equal(0, Rto.Run("sign", "--p12", fx.PathOf(key), "--password", key.Password, "--in", doc, "--out", plain));
        Assert.Equal(0, Rto.Run("sign", "--p12", fx.PathOf(key), "--password", key.Password, "--in", doc, "--out", stamped, "--tsa", server.BaseUrl + "tsa"));
        Assert.Equal(0, Verify(doc, plain));

        Assert.Equal(0, Rto.Run("pki", "revoke", "--dir", fx.Directory, "--serial", key.Serial, "--at", now.AddMinutes(-30).ToString("O")));

        Assert.NotEqual(0, Verify(doc, plain));
        Assert.Equal(0, Verify(doc, stamped));
    }

    [Fact]
    public void Bad_arguments_fail_cleanly()
    {
        var doc = Doc("bad.txt");
        var key = fx.Key("tenant", "rsa");

        Assert.Equal(1, Rto.Run("sign", "--p12", fx.PathOf(key), "--password", "wrong", "--in", doc, "--out", doc + ".cms"));
        Assert.Equal(1, Rto.Run("sign", "--p12", fx.File("missing.p12"), "--password", "x", "--in", doc, "--out", doc + ".cms"));
        File.WriteAllBytes(doc + ".junk", [1, 2, 3]);
        Assert.Equal(1, Verify(doc, doc + ".junk"));
        Assert.Equal(1, Verify(doc, doc + ".junk", "--expect-iin", "123"));
        Assert.Equal(1, Rto.Run("pki", "revoke", "--dir", fx.Directory, "--serial", "abcdef"));
        Assert.Equal(1, Rto.Run("pki", "revoke", "--dir", fx.File("nowhere"), "--serial", "abcdef"));
    }

    [Fact]
    public void Pki_issue_writes_a_working_key_for_an_overridden_iin()
    {
        var folder = Path.Combine(fx.Directory, "keys", "guarantor");
        var before = System.IO.Directory.GetFiles(folder, "GOST512_*.p12");

        Assert.Equal(0, Rto.Run("pki", "issue", "--dir", fx.Directory, "--party", "guarantor", "--iin", "750304300781", "--alg", "gost", "--purpose", "sign"));
        Assert.Equal(1, Rto.Run("pki", "issue", "--dir", fx.Directory, "--party", "guarantor", "--iin", "750304300782"));
        Assert.Equal(1, Rto.Run("pki", "issue", "--dir", fx.Directory, "--party", "nobody"));

        var created = Assert.Single(System.IO.Directory.GetFiles(folder, "GOST512_*.p12").Except(before));
        var doc = Doc("issued.txt");
        Assert.Equal(0, Rto.Run("sign", "--p12", created, "--password", PkiDirectory.KeyPassword, "--in", doc, "--out", doc + ".cms"));
        Assert.Equal(0, Verify(doc, doc + ".cms", "--expect-iin", "750304300781"));
    }

    [Fact]
    public void Manifest_lists_every_demo_party_with_four_keys_each()
    {
        Assert.Equal(DemoParties.All.Count, fx.Manifest.Parties.Count);
        Assert.All(fx.Manifest.Parties, p =>
        {
            Assert.Equal(4, p.Keys.Count);
            Assert.All(p.Keys, k => Assert.True(File.Exists(fx.PathOf(k)), k.Path));
        });
        Assert.All(fx.Manifest.Crls.Concat(fx.Manifest.TrustAnchors), f => Assert.True(File.Exists(fx.File(f)), f));
        Assert.Contains(fx.Manifest.Parties.Single(p => p.Role == "tenant").Keys, k => k.Path.Contains("/AUTH_GOST512_"));
    }

    [Theory]
    [InlineData("rsa")]
    [InlineData("gost")]
    public void Indeterminate_exits_2_no_chain_or_a_substituted_certificate(string alg)
    {
        var doc = Doc($"indeterminate-{alg}.txt");
        var sig = doc + ".cms";
        Assert.Equal(0, Sign("tenant", alg, doc, sig));
        var emptyTrust = System.IO.Directory.CreateDirectory(fx.File($"empty-trust-{alg}")).FullName;

        // No anchor: INDETERMINATE / NO_CERTIFICATE_CHAIN_FOUND.
        Assert.Equal(2, Rto.Run("verify", "--in", doc, "--sig", sig, "--trust", emptyTrust));

        // The signer's certificate renamed in the CMS: INDETERMINATE / NO_SIGNING_CERTIFICATE_FOUND.
        var cms = File.ReadAllBytes(sig);
        var certificates = Fixtures.CmsSurgery.Certificates(cms);
        var own = certificates.FindIndex(c => c.AsSpan().IndexOf("ASKAROV ARMAN"u8) > 0);
        "ZHUMABEKOV MA"u8.CopyTo(certificates[own].AsSpan(certificates[own].AsSpan().IndexOf("ASKAROV ARMAN"u8)));
        var substituted = doc + ".substituted.cms";
        File.WriteAllBytes(substituted, Fixtures.CmsSurgery.Rebuild(cms, certificates: certificates));
        Assert.Equal(2, Verify(doc, substituted));
    }
}
