using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Eds.Tests.Fixtures;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Eds.Tests.Verification;

/// <summary>RSA CAdES interoperates with the openssl command (OpenSSL 3, <c>cms -verify</c> / <c>cms -sign -cades</c>) in both directions.</summary>
[Collection(PkiCollection.Name)]
public sealed class OpenSslInteropTests(PkiFixture fx) : IDisposable
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("A.17: rent-to-own contract No. 42, flat 7, Astana");
    private static readonly DateTimeOffset SignTime = PkiFixture.Start.AddDays(5);
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rto-openssl-");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Openssl_verifies_our_rsa_cades_chain_and_content(bool attached)
    {
        var cms = new CadesSigner(new FakeTimeProvider(SignTime)).Sign(Document, fx.Keys[(KeyAlgorithm.Rsa, "tenant")].Key, new CadesSignOptions(attached));
        var sig = Write("sig.der", cms);
        var doc = Write("doc.bin", Document);
        var output = Path.Combine(_dir.FullName, "out.bin");

        var args = $"cms -verify -binary -inform DER -in {sig} -out {output} -CAfile {Pem("root.pem", fx.Pki.Root.Certificate.GetEncoded())} " +
                   $"-certfile {Pem("ca.pem", fx.Pki.RsaCa.Certificate.GetEncoded())} -purpose any -attime {SignTime.ToUnixTimeSeconds()}" +
                   (attached ? "" : $" -content {doc}");
        var (code, stderr) = OpenSsl(args);

        Assert.True(code == 0, stderr);
        Assert.Contains("Verification successful", stderr);
        Assert.Equal(Document, File.ReadAllBytes(output));
    }

    [Fact]
    public void Our_verifier_accepts_an_openssl_cades_signature()
    {
        var key = fx.Keys[(KeyAlgorithm.Rsa, "tenant")].Key;
        using var rsa = RSA.Create(DotNetUtilities.ToRSAParameters((RsaPrivateCrtKeyParameters)key.PrivateKey));
        var keyFile = Write("key.pem", Encoding.ASCII.GetBytes(rsa.ExportPkcs8PrivateKeyPem()));
        var certFile = Pem("signer.pem", key.Certificate.GetEncoded());
        var output = Path.Combine(_dir.FullName, "openssl.der");

        // -cades adds signing-certificate-v2; -binary keeps the bytes as they are.
        var (code, stderr) = OpenSsl($"cms -sign -cades -binary -md sha256 -outform DER -nodetach -in {Write("doc.bin", Document)} " +
                                     $"-signer {certFile} -inkey {keyFile} -certfile {Pem("ca.pem", fx.Pki.RsaCa.Certificate.GetEncoded())} -out {output}");
        Assert.True(code == 0, stderr);

        var report = new CadesVerifier().Verify(null, File.ReadAllBytes(output), fx.PolicyAt(SignTime));

        var signature = Assert.Single(report.Signatures);
        Assert.True(report.Passed, VerificationText.Of(signature));
        Assert.Equal(Document, report.SignedContent);
        Assert.Equal(DemoParties.ByRole("tenant").Iin, signature.Signer!.Iin);
        Assert.Equal(3, signature.Chain.Count);
    }

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Pem(string name, byte[] der) => Write(name, Encoding.ASCII.GetBytes(PemEncoding.WriteString("CERTIFICATE", der)));

    private static (int Code, string Stderr) OpenSsl(string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("openssl", arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(30_000), "openssl did not finish in 30 s");
        return (process.ExitCode, stderr.Result);
    }
}
