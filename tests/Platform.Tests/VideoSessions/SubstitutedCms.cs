using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RentToOwn.Platform.Tests.VideoSessions;

/// <summary>Edits the certificates field of a CMS (kept in the given order) and makes look-alike certificates.</summary>
public static class SubstitutedCms
{
    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0, true);

    /// <summary>The DER of each certificate in the CMS, in order.</summary>
    public static List<byte[]> Certificates(byte[] cms)
    {
        var signedData = SignedData(cms);
        signedData.ReadEncodedValue();
        signedData.ReadEncodedValue();
        signedData.ReadEncodedValue();
        var set = signedData.ReadSetOf(true, Context0);
        var result = new List<byte[]>();
        while (set.HasData)
        {
            result.Add(set.ReadEncodedValue().ToArray());
        }

        return result;
    }

    /// <summary>The CMS with its certificates replaced by <paramref name="certificates"/>, in that order (BER SET, not sorted).</summary>
    public static byte[] WithCertificates(byte[] cms, IEnumerable<byte[]> certificates)
    {
        var signedData = SignedData(cms);
        var writer = new AsnWriter(AsnEncodingRules.BER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier("1.2.840.113549.1.7.2");
            using (writer.PushSequence(Context0))
            using (writer.PushSequence())
            {
                writer.WriteEncodedValue(signedData.ReadEncodedValue().Span); // version
                writer.WriteEncodedValue(signedData.ReadEncodedValue().Span); // digestAlgorithms
                writer.WriteEncodedValue(signedData.ReadEncodedValue().Span); // encapContentInfo
                if (signedData.PeekTag().HasSameClassAndValue(Context0))
                {
                    signedData.ReadEncodedValue();
                }

                using (writer.PushSetOf(Context0))
                {
                    foreach (var c in certificates)
                    {
                        writer.WriteEncodedValue(c);
                    }
                }

                while (signedData.HasData)
                {
                    writer.WriteEncodedValue(signedData.ReadEncodedValue().Span); // crls, signerInfos
                }
            }
        }

        return writer.Encode();
    }

    /// <summary>The CMS with its one SignerInfo repeated <paramref name="count"/> times (built linearly, for megabyte-sized CMS).</summary>
    public static byte[] WithRepeatedSigner(byte[] cms, int count)
    {
        var signedData = SignedData(cms);
        var head = new List<byte[]>();
        for (var i = 0; i < 3 || signedData.PeekTag().TagClass == TagClass.ContextSpecific; i++)
        {
            head.Add(signedData.ReadEncodedValue().ToArray()); // version, digestAlgorithms, encapContentInfo, certificates, crls
        }

        var signers = signedData.ReadSetOf(true);
        var signer = signers.ReadEncodedValue().ToArray();
        var contentType = new AsnWriter(AsnEncodingRules.DER);
        contentType.WriteObjectIdentifier("1.2.840.113549.1.7.2");
        var body = Tlv(0x30, [.. head, Tlv(0x31, Enumerable.Repeat(signer, count))]);
        return Tlv(0x30, [contentType.Encode(), Tlv(0xA0, [body])]);
    }

    private static byte[] Tlv(byte tag, IEnumerable<byte[]> parts)
    {
        var content = new MemoryStream();
        foreach (var part in parts)
        {
            content.Write(part);
        }

        var length = BitConverter.GetBytes((uint)content.Length).Reverse().SkipWhile(b => b == 0).ToArray();
        byte[] header = content.Length < 0x80 ? [tag, (byte)content.Length] : [tag, (byte)(0x80 | length.Length), .. length];
        return [.. header, .. content.ToArray()];
    }

    /// <summary>A self-issued certificate with <paramref name="serial"/> and <paramref name="subject"/> (its own key, no CA).</summary>
    public static byte[] LookAlike(byte[] serial, string subject, string issuer = "CN=LOOK-ALIKE CA, C=KZ")
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.Create(new X500DistinguishedName(issuer), X509SignatureGenerator.CreateForRSA(rsa, RSASignaturePadding.Pkcs1),
            DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(1), serial);
        return certificate.RawData;
    }

    private static AsnReader SignedData(byte[] cms)
    {
        var contentInfo = new AsnReader(cms, AsnEncodingRules.BER).ReadSequence();
        contentInfo.ReadObjectIdentifier();
        return contentInfo.ReadSequence(Context0).ReadSequence();
    }
}
