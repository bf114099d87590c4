using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Asn1.X509.Qualified;

namespace RentToOwn.Platform.VideoSessions.Identity;

/// <summary>Reads photo data from a certificate's RFC 3739 biometricInfo extension (1.3.6.1.5.5.7.1.2).</summary>
public static class CertificatePhotoReader
{
    /// <summary>The biometricInfo extension OID.</summary>
    public const string BiometricInfoOid = "1.3.6.1.5.5.7.1.2";

    private static readonly Dictionary<string, HashAlgorithmName> Hashes = new()
    {
        ["1.3.14.3.2.26"] = HashAlgorithmName.SHA1,
        ["2.16.840.1.101.3.4.2.1"] = HashAlgorithmName.SHA256,
        ["2.16.840.1.101.3.4.2.2"] = HashAlgorithmName.SHA384,
        ["2.16.840.1.101.3.4.2.3"] = HashAlgorithmName.SHA512,
    };

    /// <summary>Every picture entry of <paramref name="certificateDer"/> (empty when there is none or the extension is malformed).</summary>
    public static IReadOnlyList<CertificatePhoto> Read(byte[] certificateDer)
    {
        X509CertificateStructure cert;
        try
        {
            cert = X509CertificateStructure.GetInstance(Asn1Object.FromByteArray(certificateDer));
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidCastException)
        {
            return [];
        }

        var extension = cert.TbsCertificate.Extensions?.GetExtension(new DerObjectIdentifier(BiometricInfoOid));
        if (extension is null) return [];
        var photos = new List<CertificatePhoto>();
        try
        {
            foreach (Asn1Encodable item in Asn1Sequence.GetInstance(extension.GetParsedValue()))
            {
                var data = BiometricData.GetInstance(item);
                if (!data.TypeOfBiometricData.IsPredefined ||
                    data.TypeOfBiometricData.PredefinedBiometricType != TypeOfBiometricData.Picture)
                {
                    continue;
                }

                var algorithm = data.HashAlgorithm.Algorithm.Id;
                var hash = data.BiometricDataHash.GetOctets();
                var uri = data.SourceDataUri?.GetString();
                string? inline = null;
                var mismatch = false;
                if (uri is not null && uri.StartsWith("data:image/", StringComparison.Ordinal) && uri.IndexOf(";base64,", StringComparison.Ordinal) is var at and > 0)
                {
                    var bytes = TryBase64(uri[(at + 8)..]);
                    var matches = bytes is not null && Hashes.TryGetValue(algorithm, out var name)
                                  && CryptographicOperations.FixedTimeEquals(Hash(name, bytes), hash);
                    inline = matches ? uri : null;
                    mismatch = !matches;
                    uri = null;
                }

                photos.Add(new CertificatePhoto(algorithm, Convert.ToHexStringLower(hash), uri, inline, mismatch));
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException)
        {
            return photos;
        }

        return photos;
    }

    private static byte[] Hash(HashAlgorithmName name, byte[] data) => name.Name switch
    {
        "SHA1" => SHA1.HashData(data),
        "SHA384" => SHA384.HashData(data),
        "SHA512" => SHA512.HashData(data),
        _ => SHA256.HashData(data),
    };

    private static byte[]? TryBase64(string s)
    {
        try
        {
            return Convert.FromBase64String(s);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
