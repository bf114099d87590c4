using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace RentToOwn.Eds.Algorithms;

/// <summary>Creates signatures (private-key side). Verification lives in <see cref="SignatureCheck"/>.</summary>
public static class Signatures
{
    /// <summary>The key family of a private or public BouncyCastle key.</summary>
    public static KeyAlgorithm AlgorithmOf(AsymmetricKeyParameter key) => key switch
    {
        RsaKeyParameters => KeyAlgorithm.Rsa,
        ECKeyParameters => KeyAlgorithm.Gost,
        _ => throw new NotSupportedException($"unsupported key {key.GetType().Name}"),
    };

    /// <summary>The signature AlgorithmIdentifier NCA uses for the key family.</summary>
    public static AlgorithmIdentifier SignatureAlgorithm(KeyAlgorithm algorithm) => algorithm == KeyAlgorithm.Gost
        ? new AlgorithmIdentifier(new DerObjectIdentifier(KzOids.GostSignature))
        : new AlgorithmIdentifier(new DerObjectIdentifier(KzOids.Sha256WithRsa), DerNull.Instance);

    /// <summary>Signs <paramref name="data"/> (hashing it with the family's digest).</summary>
    public static byte[] Sign(AsymmetricKeyParameter privateKey, byte[] data, SecureRandom? random = null)
    {
        ISigner signer = AlgorithmOf(privateKey) == KeyAlgorithm.Gost
            ? NewGostSigner()
            : new RsaDigestSigner(new Sha256Digest());
        signer.Init(true, random is null ? privateKey : new ParametersWithRandom(privateKey, random));
        signer.BlockUpdate(data, 0, data.Length);
        return signer.GenerateSignature();
    }

    /// <summary>GOST R 34.10-2012 512 with Streebog-512, in BouncyCastle's encoding (s || r, 64 bytes each).</summary>
    internal static ISigner NewGostSigner() => new Gost3410DigestSigner(new ECGost3410Signer(), new Gost3411_2012_512Digest());
}
