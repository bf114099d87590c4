using System.Formats.Asn1;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;

namespace RentToOwn.Eds.Tests.Fixtures;

/// <summary>Edits CMS structures to build attacks (e.g. grafting one signature's timestamp onto another).</summary>
public static class CmsSurgery
{
    public static byte[] MoveUnsignedAttributes(byte[] from, byte[] to)
    {
        var source = SignerOf(from);
        var targetInfo = ContentInfo.GetInstance(Asn1Object.FromByteArray(to));
        var targetData = SignedData.GetInstance(targetInfo.Content);
        var target = SignerInfo.GetInstance(targetData.SignerInfos[0]);
        var grafted = new SignerInfo(target.SignerID, target.DigestAlgorithm, target.SignedAttrs,
            target.SignatureAlgorithm, target.Signature, source.UnsignedAttrs);
        var data = new SignedData(targetData.DigestAlgorithms, targetData.EncapContentInfo, targetData.Certificates, targetData.CRLs, new DerSet(grafted));
        return new ContentInfo(targetInfo.ContentType, data).GetEncoded(Asn1Encodable.Der);
    }

    /// <summary>The raw certificates of a CMS, in order.</summary>
    public static List<byte[]> Certificates(byte[] cms) => Parts(cms).Certificates;

    /// <summary>The raw SignerInfos of a CMS, in order.</summary>
    public static List<byte[]> Signers(byte[] cms) => Parts(cms).Signers;

    /// <summary>Rebuilds a CMS with other certificates and/or SignerInfos, kept in the given order (a BER SET is not sorted).</summary>
    public static byte[] Rebuild(byte[] cms, IEnumerable<byte[]>? certificates = null, IEnumerable<byte[]>? signers = null, string? encapsulatedType = null)
    {
        var parts = Parts(cms);
        var encap = parts.Encapsulated;
        if (encapsulatedType is not null)
        {
            var reader = new AsnReader(parts.Encapsulated, AsnEncodingRules.BER).ReadSequence();
            reader.ReadObjectIdentifier();
            var oid = new AsnWriter(AsnEncodingRules.DER);
            oid.WriteObjectIdentifier(encapsulatedType);
            var rest = new List<byte[]> { oid.Encode() };
            while (reader.HasData)
            {
                rest.Add(reader.ReadEncodedValue().ToArray());
            }

            encap = Tlv(0x30, rest);
        }

        var signedData = Tlv(0x30, [parts.Version, parts.DigestAlgorithms, encap,
            Tlv(0xA0, certificates ?? parts.Certificates), Tlv(0x31, signers ?? parts.Signers)]);
        var contentType = new AsnWriter(AsnEncodingRules.DER);
        contentType.WriteObjectIdentifier("1.2.840.113549.1.7.2");
        return Tlv(0x30, [contentType.Encode(), Tlv(0xA0, [signedData])]);
    }

    // Tag, definite length, then the parts as they are (linear in the size, unlike growing an AsnWriter).
    public static byte[] Tlv(byte tag, IEnumerable<byte[]> parts)
    {
        var content = new MemoryStream();
        foreach (var part in parts)
        {
            content.Write(part);
        }

        var length = content.Length;
        var header = new List<byte> { tag };
        if (length < 0x80)
        {
            header.Add((byte)length);
        }
        else
        {
            var bytes = BitConverter.GetBytes((uint)length).Reverse().SkipWhile(b => b == 0).ToArray();
            header.Add((byte)(0x80 | bytes.Length));
            header.AddRange(bytes);
        }

        return [.. header, .. content.ToArray()];
    }

    private static readonly Asn1Tag Context0 = new(TagClass.ContextSpecific, 0, true);

    private static (byte[] Version, byte[] DigestAlgorithms, byte[] Encapsulated, List<byte[]> Certificates, List<byte[]> Signers) Parts(byte[] cms)
    {
        var contentInfo = new AsnReader(cms, AsnEncodingRules.BER).ReadSequence();
        contentInfo.ReadObjectIdentifier();
        var signedData = contentInfo.ReadSequence(Context0).ReadSequence();
        var version = signedData.ReadEncodedValue().ToArray();
        var digests = signedData.ReadEncodedValue().ToArray();
        var encap = signedData.ReadEncodedValue().ToArray();
        var certificates = new List<byte[]>();
        if (signedData.PeekTag().HasSameClassAndValue(Context0))
        {
            var set = signedData.ReadSetOf(true, Context0);
            while (set.HasData)
            {
                certificates.Add(set.ReadEncodedValue().ToArray());
            }
        }

        if (signedData.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 1, true)))
        {
            signedData.ReadEncodedValue();
        }

        var signers = new List<byte[]>();
        var signerSet = signedData.ReadSetOf(true);
        while (signerSet.HasData)
        {
            signers.Add(signerSet.ReadEncodedValue().ToArray());
        }

        return (version, digests, encap, certificates, signers);
    }

    private static SignerInfo SignerOf(byte[] cms) =>
        SignerInfo.GetInstance(SignedData.GetInstance(ContentInfo.GetInstance(Asn1Object.FromByteArray(cms)).Content).SignerInfos[0]);
}
