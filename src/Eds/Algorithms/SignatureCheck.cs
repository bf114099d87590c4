using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;

namespace RentToOwn.Eds.Algorithms;

/// <summary>
/// A public key ready to verify signatures. RSA goes through the OS crypto (OpenSSL via
/// System.Security.Cryptography): the bench measured it many times faster than BouncyCastle's RSA.
/// GOST goes through BouncyCastle (the OS has no GOST).
/// </summary>
public sealed class SignatureCheck : IDisposable
{
    private readonly RSA? _rsa;
    private readonly ECPublicKeyParameters? _gost;

    private SignatureCheck(RSA? rsa, ECPublicKeyParameters? gost, KeyAlgorithm algorithm)
    {
        _rsa = rsa;
        _gost = gost;
        Algorithm = algorithm;
    }

    /// <summary>The key family.</summary>
    public KeyAlgorithm Algorithm { get; }

    /// <summary>Parses a key; throws <see cref="FormatException"/> when unsupported or malformed.</summary>
    public static SignatureCheck FromSubjectPublicKeyInfo(SubjectPublicKeyInfo info)
    {
        var algorithm = PublicKeys.AlgorithmOf(info) ?? throw new FormatException($"unsupported key {info.Algorithm.Algorithm.Id}");
        if (algorithm == KeyAlgorithm.Rsa)
        {
            var rsa = RSA.Create();
            try
            {
                rsa.ImportSubjectPublicKeyInfo(info.GetDerEncoded(), out _);
                return new SignatureCheck(rsa, null, algorithm);
            }
            catch (CryptographicException e)
            {
                rsa.Dispose();
                throw new FormatException("malformed RSA key: " + e.Message, e);
            }
        }

        var key = PublicKeys.Decode(info) as ECPublicKeyParameters ?? throw new FormatException("GOST key is not an EC key");
        return new SignatureCheck(null, key, algorithm);
    }

    /// <summary>The digest OID a signature algorithm implies, or null when it names none.</summary>
    public static string? DigestOfSignatureAlgorithm(string signatureOid) => signatureOid switch
    {
        KzOids.Sha256WithRsa => KzOids.Sha256,
        KzOids.GostSignature => KzOids.Streebog512,
        _ => null,
    };

    /// <summary>
    /// Verifies <paramref name="signature"/> over <paramref name="data"/>. <paramref name="digestOid"/> is the
    /// CMS digestAlgorithm (null for certificates/CRLs, where the signature OID implies it). Never throws for
    /// bad signatures; returns false.
    /// </summary>
    public bool Verify(string signatureOid, string? digestOid, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        digestOid ??= DigestOfSignatureAlgorithm(signatureOid);
        try
        {
            if (_rsa is not null)
            {
                var sigOk = signatureOid is KzOids.Sha256WithRsa or KzOids.RsaKey;
                return sigOk && digestOid == KzOids.Sha256 &&
                       _rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            }

            if (signatureOid != KzOids.GostSignature || digestOid != KzOids.Streebog512)
            {
                return false;
            }

            ISigner signer = Signatures.NewGostSigner();
            signer.Init(false, _gost);
            var buffer = data.ToArray();
            signer.BlockUpdate(buffer, 0, buffer.Length);
            return signer.VerifySignature(signature.ToArray());
        }
        catch (Exception e) when (e is CryptographicException or CryptoException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _rsa?.Dispose();
}
