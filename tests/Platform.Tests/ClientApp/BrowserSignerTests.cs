using Microsoft.Extensions.Time.Testing;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.ClientApp;

/// <summary>
/// The in-browser .p12 signer (ClientApp/src/cades.js, run here by node with the same code the bundle
/// carries) produces CAdES-BES that the platform's verifier (RentToOwn.Eds) accepts.
/// </summary>
public sealed class BrowserSignerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-p12-").FullName;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Browser_cades_from_a_p12_verifies_with_the_platform_verifier()
    {
        var pki = TestPki.Create(_time);
        var tenant = pki.Issue(DemoParties.ByRole("tenant"), KeyAlgorithm.Rsa, KeyPurpose.Authentication);
        var p12 = Path.Combine(_dir, "auth.p12");
        await File.WriteAllBytesAsync(p12, tenant.Key.Save("Qwerty12"));
        var data = "login challenge: 3f1c9a, rto.example, 2026-11-25T10:00:00Z"u8.ToArray();

        var (code, cms, err) = await ClientAppFolder.NodeAsync("tools/sign-p12.mjs", p12, "Qwerty12", Convert.ToBase64String(data));
        Assert.True(code == 0, err);

        var policy = new VerificationPolicy(new TrustStore([pki.Root.Certificate], [pki.RsaCa.Certificate]),
            [new CrlRevocationSource(pki.Authorities.Select(pki.PublishCrl))], _time)
        {
            RequiredPurpose = KeyPurpose.Authentication,
            ExpectedSigner = new ExpectedSigner(Iin: tenant.Party.Iin),
        };
        var report = new CadesVerifier().Verify(data, Convert.FromBase64String(cms), policy);
        var sig = Assert.Single(report.Signatures);
        Assert.True(sig.Indication == Indication.TotalPassed, string.Join("; ", sig.Errors.Concat(sig.Warnings)) + " " + sig.SubIndication);
        Assert.Equal(tenant.Party.Iin, sig.Signer!.Iin);

        // The same CMS does not verify against other data.
        var other = new CadesVerifier().Verify("other"u8.ToArray(), Convert.FromBase64String(cms), policy);
        Assert.False(other.Passed);
    }

    [Fact]
    public async Task A_wrong_password_gives_a_clear_error()
    {
        var pki = TestPki.Create(_time);
        var key = pki.Issue(DemoParties.ByRole("tenant"), KeyAlgorithm.Rsa, KeyPurpose.Signing);
        var p12 = Path.Combine(_dir, "sign.p12");
        await File.WriteAllBytesAsync(p12, key.Key.Save("right"));
        var (code, _, err) = await ClientAppFolder.NodeAsync("tools/sign-p12.mjs", p12, "wrong", "AAEC");
        Assert.Equal(1, code);
        Assert.Contains("wrong password", err);
    }

    [Fact]
    public async Task Ncalayer_protocol_unit_tests_pass_under_node()
    {
        var (code, output, err) = await ClientAppFolder.NodeAsync("--test", "test/");
        Assert.True(code == 0, output + err);
        Assert.Contains("# fail 0", output);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
