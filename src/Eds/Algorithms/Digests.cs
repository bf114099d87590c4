using Org.BouncyCastle.Crypto.Digests;
using System.Security.Cryptography;

namespace RentToOwn.Eds.Algorithms;

/// <summary>Message digests by OID: SHA-256 through the OS, Streebog-512 through BouncyCastle.</summary>
public static class Digests
{
    /// <summary>The digest OID paired with a key family.</summary>
    public static string DigestOidFor(KeyAlgorithm algorithm) =>
        algorithm == KeyAlgorithm.Gost ? KzOids.Streebog512 : KzOids.Sha256;

    /// <summary>True when <paramref name="oid"/> names a digest this library computes.</summary>
    public static bool IsSupported(string oid) => oid is KzOids.Sha256 or KzOids.Streebog512;

    /// <summary>Computes the digest named by <paramref name="oid"/>.</summary>
    public static byte[] Compute(string oid, ReadOnlySpan<byte> data)
    {
        switch (oid)
        {
            case KzOids.Sha256:
                return SHA256.HashData(data);
            case KzOids.Streebog512:
                var digest = new Gost3411_2012_512Digest();
                var buffer = data.ToArray();
                digest.BlockUpdate(buffer, 0, buffer.Length);
                var result = new byte[digest.GetDigestSize()];
                digest.DoFinal(result, 0);
                return result;
            default:
                throw new NotSupportedException($"unsupported digest {oid}");
        }
    }
}
