using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Asn1.X509.Qualified;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;
using RentToOwn.Platform.Security;
using RentToOwn.Platform.VideoSessions;
using RentToOwn.Platform.VideoSessions.Ice;
using RentToOwn.Platform.VideoSessions.Identity;

namespace RentToOwn.Platform.Tests.VideoSessions;

/// <summary>TURN REST credentials, ICE configuration, IIN masking and certificate photo data.</summary>
public sealed class IceAndPhotoTests
{
    [Fact]
    public void Turn_credentials_follow_the_coturn_use_auth_secret_scheme()
    {
        var expires = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        var (user, password) = TurnCredentials.Create("s3cret", "abc", expires);
        Assert.Equal($"{expires.ToUnixTimeSeconds()}:abc", user);
        // coturn checks: base64(HMAC-SHA1(static-auth-secret, username)).
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes("s3cret"));
        Assert.Equal(Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(user))), password);
        Assert.NotEqual(password, TurnCredentials.Create("other", "abc", expires).Credential);
        Assert.Throws<ArgumentException>(() => TurnCredentials.Create("s3cret", "a:b", expires));
        Assert.ThrowsAny<ArgumentException>(() => TurnCredentials.Create("", "abc", expires));
    }

    [Fact]
    public void Ice_servers_come_from_configuration_with_short_lived_turn_credentials()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var options = new VideoSessionsOptions
        {
            IceServers = [new IceServerOptions { Urls = ["stun:stun.example.kz:3478"] }, new IceServerOptions()],
            Turn = new TurnOptions { Secret = "shared", Urls = ["turn:turn.example.kz:3478?transport=udp", "turns:turn.example.kz:5349"], CredentialLifetimeSeconds = 600 },
        };
        var monitor = new Microsoft.Extensions.Options.OptionsMonitor<VideoSessionsOptions>(
            new OptionsFactory<VideoSessionsOptions>([new ConfigureOptions<VideoSessionsOptions>(o =>
            {
                o.IceServers = options.IceServers;
                o.Turn = options.Turn;
            })], []), [], new OptionsCache<VideoSessionsOptions>());
        var participant = Guid.NewGuid();
        var servers = new IceServerProvider(monitor, time).For(participant);
        Assert.Equal(2, servers.Count); // the empty entry is dropped
        Assert.Equal(["stun:stun.example.kz:3478"], servers[0].Urls);
        Assert.Null(servers[0].Username);
        Assert.Equal(options.Turn.Urls, servers[1].Urls);
        Assert.Equal($"{time.GetUtcNow().AddSeconds(600).ToUnixTimeSeconds()}:{participant:N}", servers[1].Username);
        Assert.Equal(TurnCredentials.Create("shared", participant.ToString("N"), time.GetUtcNow().AddSeconds(600)).Credential, servers[1].Credential);

        options.Turn.Secret = null; // no secret: no TURN entry
        Assert.Single(new IceServerProvider(monitor, time).For(participant));
    }

    [Theory]
    [InlineData("900315300124", "90******0124")] // the one mask (Security/IinMask), as on the verifier
    [InlineData("12345", "*****")]
    [InlineData(null, null)]
    public void Iins_are_masked_in_the_middle(string? iin, string? expected) => Assert.Equal(expected, IinMask.Mask(iin));

    [Fact]
    public void A_certificate_without_biometric_info_has_no_photo()
    {
        Assert.Empty(CertificatePhotoReader.Read(Certificate(null)));
        Assert.Empty(CertificatePhotoReader.Read([1, 2, 3])); // not a certificate at all
    }

    [Fact]
    public void An_inline_photo_is_shown_only_when_its_hash_matches()
    {
        var image = Encoding.ASCII.GetBytes("\x89PNG fake image bytes");
        var uri = "data:image/png;base64," + Convert.ToBase64String(image);
        var photo = Assert.Single(CertificatePhotoReader.Read(Certificate(new BiometricData(
            new TypeOfBiometricData(TypeOfBiometricData.Picture), new AlgorithmIdentifier(NistObjectIdentifiers.IdSha256),
            new DerOctetString(SHA256.HashData(image)), new DerIA5String(uri)))));
        Assert.Equal(uri, photo.InlineImage);
        Assert.False(photo.InlineImageMismatch);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(image)), photo.HashHex);

        var forged = Assert.Single(CertificatePhotoReader.Read(Certificate(new BiometricData(
            new TypeOfBiometricData(TypeOfBiometricData.Picture), new AlgorithmIdentifier(NistObjectIdentifiers.IdSha256),
            new DerOctetString(new byte[32]), new DerIA5String(uri)))));
        Assert.Null(forged.InlineImage);
        Assert.True(forged.InlineImageMismatch);

        var remote = Assert.Single(CertificatePhotoReader.Read(Certificate(new BiometricData(
            new TypeOfBiometricData(TypeOfBiometricData.Picture), new AlgorithmIdentifier(NistObjectIdentifiers.IdSha256),
            new DerOctetString(new byte[32]), new DerIA5String("https://photos.example.kz/1.jpg")))));
        Assert.Equal("https://photos.example.kz/1.jpg", remote.SourceUri);

        // A handwritten-signature entry is not a photo.
        Assert.Empty(CertificatePhotoReader.Read(Certificate(new BiometricData(
            new TypeOfBiometricData(TypeOfBiometricData.HandwrittenSignature), new AlgorithmIdentifier(NistObjectIdentifiers.IdSha256),
            new DerOctetString(new byte[32])))));
    }

    private static byte[] Certificate(BiometricData? biometric)
    {
        var generator = new RsaKeyPairGenerator();
        generator.Init(new KeyGenerationParameters(new SecureRandom(), 1024));
        AsymmetricCipherKeyPair keys = generator.GenerateKeyPair();
        var gen = new X509V3CertificateGenerator();
        gen.SetSerialNumber(BigInteger.ValueOf(7));
        gen.SetIssuerDN(new X509Name("CN=Photo Test CA"));
        gen.SetSubjectDN(new X509Name("CN=Photo Test"));
        gen.SetNotBefore(DateTime.UtcNow.AddDays(-1));
        gen.SetNotAfter(DateTime.UtcNow.AddDays(1));
        gen.SetPublicKey(keys.Public);
        if (biometric is not null) gen.AddExtension(CertificatePhotoReader.BiometricInfoOid, false, new DerSequence(biometric));
        return gen.Generate(new Asn1SignatureFactory("SHA256WithRSA", keys.Private)).GetEncoded();
    }
}
