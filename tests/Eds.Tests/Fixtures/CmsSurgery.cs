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

    private static SignerInfo SignerOf(byte[] cms) =>
        SignerInfo.GetInstance(SignedData.GetInstance(ContentInfo.GetInstance(Asn1Object.FromByteArray(cms)).Content).SignerInfos[0]);
}
