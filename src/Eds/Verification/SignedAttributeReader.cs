using System.Formats.Asn1;
using System.Numerics;
using RentToOwn.Eds.Algorithms;

namespace RentToOwn.Eds.Verification;

/// <summary>Decodes the CAdES signed attribute values the verifier needs. Throws <see cref="FormatException"/>.</summary>
internal static class SignedAttributeReader
{
    public static string ContentType(ReadOnlyMemory<byte> value) => Wrap(() => new AsnReader(value, AsnEncodingRules.BER).ReadObjectIdentifier());

    public static byte[] MessageDigest(ReadOnlyMemory<byte> value) => Wrap(() => new AsnReader(value, AsnEncodingRules.BER).ReadOctetString());

    public static DateTimeOffset SigningTime(ReadOnlyMemory<byte> value) => Wrap(() =>
    {
        var reader = new AsnReader(value, AsnEncodingRules.BER);
        return reader.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) ? reader.ReadUtcTime() : reader.ReadGeneralizedTime();
    });

    /// <summary>The first ESSCertIDv2 of signing-certificate-v2: hash algorithm (default SHA-256), hash, optional serial.</summary>
    public static (string HashOid, byte[] Hash, BigInteger? Serial) SigningCertificateV2(ReadOnlyMemory<byte> value) => Wrap(() =>
    {
        var certs = new AsnReader(value, AsnEncodingRules.BER).ReadSequence().ReadSequence();
        var id = certs.ReadSequence();
        var hashOid = KzOids.Sha256;
        if (id.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
        {
            hashOid = id.ReadSequence().ReadObjectIdentifier();
        }

        var hash = id.ReadOctetString();
        BigInteger? serial = null;
        if (id.HasData)
        {
            var issuerSerial = id.ReadSequence();
            issuerSerial.ReadEncodedValue(); // GeneralNames
            serial = issuerSerial.ReadInteger();
        }

        return (hashOid, hash, serial);
    });

    private static T Wrap<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (AsnContentException e)
        {
            throw new FormatException("malformed signed attribute: " + e.Message, e);
        }
    }
}
