using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Google.Protobuf;
using RentToOwn.LedgerAdapter.Fabric.Protos.Msp;

namespace RentToOwn.LedgerAdapter.Fabric;

/// <summary>
/// A Fabric client identity: an MSP id, an X.509 certificate and its ECDSA P-256 key. Signatures are
/// SHA-256 ECDSA, DER-encoded, with S normalised to the lower half of the curve order, as Fabric's MSP
/// requires (fabric bccsp/sw/ecdsa.go, <c>IsLowS</c>; a high-S signature is refused).
/// </summary>
public sealed class FabricIdentity : IDisposable
{
    // P-256 group order n (SEC 2, secp256r1).
    private static readonly BigInteger Order = BigInteger.Parse("0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", System.Globalization.NumberStyles.HexNumber);
    private static readonly BigInteger HalfOrder = Order >> 1;

    private readonly ECDsa _key;

    /// <summary>Creates an identity from a certificate PEM and its private key.</summary>
    /// <exception cref="ArgumentException">The key is not P-256.</exception>
    public FabricIdentity(string mspId, string certificatePem, ECDsa key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mspId);
        if (key.KeySize != 256) throw new ArgumentException("Fabric identities here are ECDSA P-256", nameof(key));
        MspId = mspId;
        CertificatePem = certificatePem;
        Certificate = X509Certificate2.CreateFromPem(certificatePem);
        _key = key;
        Serialized = new SerializedIdentity { Mspid = mspId, IdBytes = ByteString.CopyFromUtf8(certificatePem) }.ToByteArray();
    }

    /// <summary>The MSP id.</summary>
    public string MspId { get; }

    /// <summary>The certificate as PEM (what goes into <c>SerializedIdentity.id_bytes</c>).</summary>
    public string CertificatePem { get; }

    /// <summary>The certificate.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The marshaled <c>msp.SerializedIdentity</c> (the creator of proposals and transactions).</summary>
    public byte[] Serialized { get; }

    /// <summary>Loads a certificate file and the one key file of an MSP <c>keystore</c> folder (or a key file).</summary>
    public static FabricIdentity Load(string mspId, string certificateFile, string keyPath)
    {
        var keyFile = Directory.Exists(keyPath)
            ? Directory.GetFiles(keyPath).SingleOrDefault() ?? throw new FileNotFoundException($"no key file in {keyPath}")
            : keyPath;
        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(keyFile));
        return new FabricIdentity(mspId, File.ReadAllText(certificateFile), key);
    }

    /// <summary>Throws <see cref="FabricException"/> (IdentityExpired) when the certificate is not valid at <paramref name="now"/>.</summary>
    public void EnsureValid(DateTimeOffset now)
    {
        if (now > Certificate.NotAfter.ToUniversalTime())
        {
            throw new FabricException(FabricErrorKind.IdentityExpired,
                $"the Fabric identity {Certificate.Subject} of {MspId} expired on {Certificate.NotAfter.ToUniversalTime():u}: enrol a new certificate");
        }

        if (now < Certificate.NotBefore.ToUniversalTime())
        {
            throw new FabricException(FabricErrorKind.IdentityExpired,
                $"the Fabric identity {Certificate.Subject} of {MspId} is valid only from {Certificate.NotBefore.ToUniversalTime():u}");
        }
    }

    /// <summary>Signs SHA-256(<paramref name="message"/>): DER ECDSA signature with low S.</summary>
    public byte[] Sign(ReadOnlySpan<byte> message)
    {
        var digest = SHA256.HashData(message);
        var raw = _key.SignHash(digest, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return ToLowSDer(raw);
    }

    /// <summary>DER-encodes an r‖s signature, replacing s by n − s when s &gt; n/2.</summary>
    internal static byte[] ToLowSDer(ReadOnlySpan<byte> rs)
    {
        var half = rs.Length / 2;
        var r = new BigInteger(rs[..half], isUnsigned: true, isBigEndian: true);
        var s = new BigInteger(rs[half..], isUnsigned: true, isBigEndian: true);
        if (s > HalfOrder) s = Order - s;
        var w = new AsnWriter(AsnEncodingRules.DER);
        using (w.PushSequence())
        {
            w.WriteInteger(r);
            w.WriteInteger(s);
        }

        return w.Encode();
    }

    /// <summary>Whether a DER signature's S is in the lower half of the order.</summary>
    internal static bool IsLowS(byte[] der)
    {
        var reader = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
        reader.ReadInteger();
        return reader.ReadInteger() <= HalfOrder;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _key.Dispose();
        Certificate.Dispose();
    }
}
