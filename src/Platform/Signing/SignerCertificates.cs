using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Platform.Signing;

/// <summary>
/// The one place that takes the verified signer's certificate out of a CMS. (When RentToOwn.Eds returns the certificate it
/// verified, this becomes that property: nothing else parses the CMS again.)
/// </summary>
public static class SignerCertificates
{
    /// <summary>The DER certificate of <paramref name="signature"/>'s signer in <paramref name="cms"/>; null when the CMS does not carry it.</summary>
    public static byte[]? Of(byte[] cms, SignatureValidation signature)
    {
        var serial = signature.Chain.FirstOrDefault()?.SerialHex;
        if (serial is null) return null;
        try
        {
            var signed = SignedData.GetInstance(ContentInfo.GetInstance(Asn1Object.FromByteArray(cms)).Content);
            foreach (Asn1Encodable item in signed.Certificates ?? new DerSet())
            {
                if (item.ToAsn1Object() is not Asn1Sequence) continue;
                var structure = Org.BouncyCastle.Asn1.X509.X509CertificateStructure.GetInstance(item);
                if (string.Equals(structure.SerialNumber.Value.ToString(16), serial.TrimStart('0'), StringComparison.OrdinalIgnoreCase)
                    || string.Equals(Convert.ToHexString(structure.SerialNumber.Value.ToByteArrayUnsigned()), serial, StringComparison.OrdinalIgnoreCase))
                {
                    return structure.GetDerEncoded();
                }
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or IOException)
        {
            return null; // verified already; a CMS this reader cannot parse simply has no certificate to keep
        }

        return null;
    }

    /// <summary>SHA-256 (lowercase hex) of a DER certificate; null for none.</summary>
    public static string? Sha256(byte[]? certificate) => certificate is null ? null : Convert.ToHexStringLower(SHA256.HashData(certificate));
}
