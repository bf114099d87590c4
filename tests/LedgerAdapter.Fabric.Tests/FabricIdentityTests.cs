using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RentToOwn.LedgerAdapter.Fabric.Tests;

/// <summary>Signatures as Fabric's MSP accepts them (no network needed).</summary>
public class FabricIdentityTests
{
    private static readonly BigInteger N = BigInteger.Parse("0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber);

    [Fact]
    public void Signatures_are_DER_with_low_S_and_verify_with_the_certificate_key()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var cert = new CertificateRequest("CN=User1@ktk.rto.kz, OU=client", key, HashAlgorithmName.SHA256)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        using var identity = new FabricIdentity("KtkMSP", cert.ExportCertificatePem(), key);
        for (var i = 0; i < 200; i++)
        {
            var message = RandomNumberGenerator.GetBytes(64);
            var signature = identity.Sign(message);
            Assert.True(FabricIdentity.IsLowS(signature));
            Assert.True(key.VerifyData(message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
        }
    }

    [Fact]
    public void A_high_S_signature_is_normalised_to_n_minus_S_and_still_verifies()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var message = "proposal bytes"u8.ToArray();
        var digest = SHA256.HashData(message);
        byte[] rs;
        BigInteger s;
        do
        {
            rs = key.SignHash(digest, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
            s = new BigInteger(rs.AsSpan(32), isUnsigned: true, isBigEndian: true);
        }
        while (s <= N >> 1); // about half of all signatures have a high S

        var der = FabricIdentity.ToLowSDer(rs);
        var seq = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
        Assert.Equal(new BigInteger(rs.AsSpan(0, 32), isUnsigned: true, isBigEndian: true), seq.ReadInteger());
        Assert.Equal(N - s, seq.ReadInteger());
        Assert.True(key.VerifyHash(digest, der, DSASignatureFormat.Rfc3279DerSequence));
    }

    [Fact]
    public void A_connection_profile_with_a_missing_file_is_refused_with_its_path()
    {
        var dir = Directory.CreateTempSubdirectory("rto-fabric-profile-").FullName;
        try
        {
            var path = Path.Combine(dir, "connection.json");
            File.WriteAllText(path, """
                {"channel":"rto","chaincode":"signing-registry","organizations":{},"client":{"mspId":"KtkMSP"},
                 "peers":{"p":{"mspId":"KtkMSP","address":"127.0.0.1:1","tlsRootCertFile":"missing/ca.crt"}}}
                """);
            var e = Assert.Throws<InvalidDataException>(() => FabricConnectionProfile.Load(path));
            Assert.Contains(Path.Combine(dir, "missing", "ca.crt"), e.Message);
            var bad = Assert.Throws<InvalidOperationException>(() => FabricBackendSettings.Read(new FabricBackendOptions { ConnectionProfile = path }, dir));
            Assert.StartsWith("Ledger:Fabric:ConnectionProfile: ", bad.Message);
            Assert.StartsWith("Ledger:Fabric:Mode: 'Sometimes' is not a mode",
                Assert.Throws<InvalidOperationException>(() => FabricBackendSettings.Read(new FabricBackendOptions { ConnectionProfile = path, Mode = "Sometimes" }, dir)).Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
