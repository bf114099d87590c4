using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;

namespace RentToOwn.Platform.Verification;

/// <summary>
/// Reads an uploaded signature file: DER, base64 (what NCALayer returns) or PEM (<c>-----BEGIN CMS-----</c> /
/// <c>PKCS7</c>), and lists the certificates the CMS carries with their SHA-256 fingerprints.
/// </summary>
public static class CmsFile
{
    /// <summary>The DER bytes of <paramref name="content"/> (decoding base64/PEM text), or the bytes as they are.</summary>
    public static byte[] ToDer(byte[] content)
    {
        if (content.Length == 0 || content[0] == 0x30)
        {
            return content;
        }

        var text = Encoding.ASCII.GetString(content);
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("-----", StringComparison.Ordinal));
        try
        {
            return Convert.FromBase64String(string.Concat(lines));
        }
        catch (FormatException)
        {
            return content; // not text: let the CMS reader say what is wrong
        }
    }

    /// <summary>
    /// Serial (lower-case hex, no leading zeros, as the EDS report prints it) → SHA-256 of the certificate DER, for each
    /// certificate in the SignedData. Empty when the CMS does not parse.
    /// </summary>
    public static IReadOnlyDictionary<string, byte[]> CertificateFingerprints(byte[] der)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            var contentInfo = new AsnReader(der, AsnEncodingRules.BER).ReadSequence();
            contentInfo.ReadObjectIdentifier();
            var signedData = contentInfo.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0)).ReadSequence();
            signedData.ReadInteger();
            signedData.ReadSetOf();
            signedData.ReadSequence();
            var certTag = new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true);
            if (!signedData.HasData || !signedData.PeekTag().HasSameClassAndValue(certTag))
            {
                return result;
            }

            var certificates = signedData.ReadSetOf(certTag);
            while (certificates.HasData)
            {
                var raw = certificates.ReadEncodedValue();
                var tbs = new AsnReader(raw, AsnEncodingRules.BER).ReadSequence().ReadSequence();
                if (tbs.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
                {
                    tbs.ReadEncodedValue(); // version
                }

                var serial = tbs.ReadIntegerBytes().Span.TrimStart((byte)0);
                var hex = serial.Length == 0 ? "0" : Convert.ToHexStringLower(serial).TrimStart('0');
                result.TryAdd(hex, SHA256.HashData(raw.Span));
            }
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException or ArgumentException)
        {
            // The verifier reports the format failure; no fingerprints to match.
        }

        return result;
    }
}
