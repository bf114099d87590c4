using System.Security.Cryptography;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Platform.Signing;

/// <summary>
/// The verified signer's certificate: the one RentToOwn.Eds checked the signature with (issue 15: never looked up in the
/// CMS again by serial, as a CMS may carry another certificate with the same serial and someone else's name).
/// </summary>
public static class SignerCertificates
{
    /// <summary>The DER certificate the verifier used for <paramref name="signature"/>; null when it found none.</summary>
    public static byte[]? Of(byte[] cms, SignatureValidation signature) => signature.SignerCertificate;

    /// <summary>SHA-256 (lowercase hex) of a DER certificate; null for none.</summary>
    public static string? Sha256(byte[]? certificate) => certificate is null ? null : Convert.ToHexStringLower(SHA256.HashData(certificate));
}
