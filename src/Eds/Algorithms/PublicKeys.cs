using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Rosstandart;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace RentToOwn.Eds.Algorithms;

/// <summary>
/// Encodes and decodes SubjectPublicKeyInfo. GOST keys travel under Kazakhstan's key OID
/// (<see cref="KzOids.GostKey"/>) with the TC26 512-bit curve parameters; BouncyCastle knows the
/// same key under the TC26 OID, so the OID is swapped at this one boundary.
/// </summary>
public static class PublicKeys
{
    private static readonly DerObjectIdentifier KzGost = new(KzOids.GostKey);

    /// <summary>The SubjectPublicKeyInfo NCA-style certificates carry for <paramref name="key"/>.</summary>
    public static SubjectPublicKeyInfo Encode(AsymmetricKeyParameter key)
    {
        var info = SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(key);
        if (key is ECPublicKeyParameters)
        {
            return new SubjectPublicKeyInfo(new AlgorithmIdentifier(KzGost, info.Algorithm.Parameters), info.PublicKey.GetBytes());
        }

        return info;
    }

    /// <summary>The key family of a SubjectPublicKeyInfo, or null when unsupported.</summary>
    public static KeyAlgorithm? AlgorithmOf(SubjectPublicKeyInfo info)
    {
        var oid = info.Algorithm.Algorithm.Id;
        return oid switch
        {
            KzOids.RsaKey => KeyAlgorithm.Rsa,
            KzOids.GostKey => KeyAlgorithm.Gost,
            _ when oid == RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512.Id => KeyAlgorithm.Gost,
            _ => null,
        };
    }

    /// <summary>Decodes a public key; throws <see cref="FormatException"/> for unsupported or malformed keys.</summary>
    public static AsymmetricKeyParameter Decode(SubjectPublicKeyInfo info)
    {
        try
        {
            if (info.Algorithm.Algorithm.Id == KzOids.GostKey)
            {
                info = new SubjectPublicKeyInfo(
                    new AlgorithmIdentifier(RosstandartObjectIdentifiers.id_tc26_gost_3410_12_512, info.Algorithm.Parameters),
                    info.PublicKey.GetBytes());
            }

            if (AlgorithmOf(info) is null)
            {
                throw new FormatException($"unsupported public key algorithm {info.Algorithm.Algorithm.Id}");
            }

            return PublicKeyFactory.CreateKey(info);
        }
        catch (Exception e) when (e is not FormatException)
        {
            throw new FormatException("malformed public key: " + e.Message, e);
        }
    }
}
