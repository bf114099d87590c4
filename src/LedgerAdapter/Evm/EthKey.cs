using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;
using BigInteger = System.Numerics.BigInteger;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>
/// A secp256k1 account key: signs 32-byte hashes deterministically (RFC 6979), low-s, with the
/// recovery id Ethereum needs, and derives the account address (last 20 bytes of Keccak-256 of the public key).
/// </summary>
public sealed class EthKey
{
    private static readonly X9ECParameters Curve = SecNamedCurves.GetByName("secp256k1");
    private static readonly ECDomainParameters Domain = new(Curve.Curve, Curve.G, Curve.N, Curve.H);
    private readonly ECPrivateKeyParameters privateKey;
    private readonly ECPoint publicPoint;

    /// <summary>Wraps a 32-byte private key.</summary>
    /// <exception cref="ArgumentException">When it is not a valid secp256k1 scalar.</exception>
    public EthKey(ReadOnlySpan<byte> privateKeyBytes)
    {
        var d = new BcBigInteger(1, privateKeyBytes.ToArray());
        if (privateKeyBytes.Length != 32 || d.SignValue <= 0 || d.CompareTo(Domain.N) >= 0)
        {
            throw new ArgumentException("a secp256k1 private key is 32 bytes in [1, n-1]", nameof(privateKeyBytes));
        }

        privateKey = new ECPrivateKeyParameters(d, Domain);
        publicPoint = Domain.G.Multiply(d).Normalize();
        Address = AddressOf(publicPoint);
    }

    /// <summary>The account address, 0x-prefixed lower-case hex.</summary>
    public string Address { get; }

    /// <summary>Parses 0x-prefixed or bare hex.</summary>
    public static EthKey FromHex(string hex) => new(Convert.FromHexString(hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex));

    /// <summary>Signs a 32-byte hash.</summary>
    public EcdsaSignature Sign(ReadOnlySpan<byte> hash)
    {
        var signer = new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest()));
        signer.Init(true, privateKey);
        var rs = signer.GenerateSignature(hash.ToArray());
        var (r, s) = (rs[0], rs[1]);
        if (s.CompareTo(Domain.N.ShiftRight(1)) > 0)
        {
            s = Domain.N.Subtract(s);
        }

        for (var recId = 0; recId < 2; recId++)
        {
            var q = Recover(hash, r, s, recId);
            if (q is not null && q.Equals(publicPoint))
            {
                return new EcdsaSignature(ToSystem(r), ToSystem(s), recId);
            }
        }

        throw new InvalidOperationException("could not compute the recovery id");
    }

    /// <summary>Recovers the signer's address from a hash and signature (SEC 1 §4.1.6).</summary>
    public static string? RecoverAddress(ReadOnlySpan<byte> hash, EcdsaSignature signature)
    {
        var q = Recover(hash, ToBc(signature.R), ToBc(signature.S), signature.RecoveryId);
        return q is null ? null : AddressOf(q);
    }

    private static ECPoint? Recover(ReadOnlySpan<byte> hash, BcBigInteger r, BcBigInteger s, int recId)
    {
        var n = Domain.N;
        var prime = ((FpCurve)Domain.Curve).Q;
        if (r.CompareTo(prime) >= 0)
        {
            return null;
        }

        var encoded = new byte[33];
        encoded[0] = (byte)(0x02 + (recId & 1));
        var xBytes = r.ToByteArrayUnsigned();
        xBytes.CopyTo(encoded, 33 - xBytes.Length);
        ECPoint bigR;
        try
        {
            bigR = Domain.Curve.DecodePoint(encoded);
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (!bigR.Multiply(n).IsInfinity)
        {
            return null;
        }

        var e = new BcBigInteger(1, hash.ToArray());
        var rInv = r.ModInverse(n);
        var eNeg = BcBigInteger.Zero.Subtract(e).Mod(n);
        return ECAlgorithms.SumOfTwoMultiplies(Domain.G, eNeg.Multiply(rInv).Mod(n), bigR, s.Multiply(rInv).Mod(n)).Normalize();
    }

    private static string AddressOf(ECPoint point)
    {
        var uncompressed = point.Normalize().GetEncoded(false); // 0x04 ‖ X ‖ Y
        return "0x" + Convert.ToHexStringLower(Keccak256.Hash(uncompressed.AsSpan(1))[12..]);
    }

    private static BigInteger ToSystem(BcBigInteger value) => new(value.ToByteArrayUnsigned(), isUnsigned: true, isBigEndian: true);

    private static BcBigInteger ToBc(BigInteger value) => new(1, value.ToByteArray(isUnsigned: true, isBigEndian: true));
}
