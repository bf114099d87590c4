using Org.BouncyCastle.Asn1.CryptoPro;
using Org.BouncyCastle.Asn1.Rosstandart;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using SysRsa = System.Security.Cryptography.RSA;

namespace RentToOwn.Eds.Algorithms;

/// <summary>Generates RSA 2048 and GOST 34.10-2015 512-bit key pairs.</summary>
public static class KeyGeneration
{
    /// <summary>Generates a key pair of <paramref name="algorithm"/>.</summary>
    public static AsymmetricCipherKeyPair Generate(KeyAlgorithm algorithm, SecureRandom? random = null) => algorithm switch
    {
        KeyAlgorithm.Rsa => GenerateRsa(),
        KeyAlgorithm.Gost => GenerateGost(random ?? new SecureRandom()),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    /// <summary>The TC26 512-bit curve (paramSetA) with Streebog-512, as BouncyCastle implements GOST R 34.10-2012.</summary>
    public static ECGost3410Parameters GostParameters()
    {
        var curve = RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512_paramSetA;
        X9ECParameters x9 = ECGost3410NamedCurves.GetByOid(curve);
        return new ECGost3410Parameters(
            new ECNamedDomainParameters(curve, x9), curve, RosstandartObjectIdentifiers.id_tc26_gost_3411_12_512, null);
    }

    private static AsymmetricCipherKeyPair GenerateGost(SecureRandom random)
    {
        var generator = new ECKeyPairGenerator("ECGOST3410");
        generator.Init(new ECKeyGenerationParameters(GostParameters(), random));
        return generator.GenerateKeyPair();
    }

    // RSA key generation goes through the OS (OpenSSL): several times faster than BouncyCastle's.
    private static AsymmetricCipherKeyPair GenerateRsa()
    {
        using var rsa = SysRsa.Create(2048);
        return DotNetUtilities.GetRsaKeyPair(rsa.ExportParameters(true));
    }
}
