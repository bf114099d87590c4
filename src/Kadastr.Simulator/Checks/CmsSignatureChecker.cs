using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace RentToOwn.Kadastr.Simulator.Checks;

/// <summary>
/// Stand-in signature checker on the platform's CMS implementation (RSA/ECDSA): verifies the
/// detached signature cryptographically and that the certificate was valid at the given time,
/// and reads IIN/BIN from the subject as NCA RK certificates carry them (SERIALNUMBER=IIN…,
/// OU=BIN…). It does not check chains, revocation or GOST: the Eds adapter does.
/// </summary>
/// <param name="clock">Clock for the certificate-validity check.</param>
public sealed class CmsSignatureChecker(TimeProvider clock) : ISignatureChecker
{
    /// <inheritdoc />
    public SignatureCheck Check(ReadOnlyMemory<byte> content, ReadOnlyMemory<byte> cms)
    {
        if (cms.IsEmpty)
        {
            return new SignatureCheck(false, null, null, "empty signature");
        }

        var signed = new SignedCms(new ContentInfo(content.ToArray()), detached: true);
        try
        {
            signed.Decode(cms.Span);
            signed.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException ex)
        {
            return new SignatureCheck(false, null, null, "CMS does not verify: " + ex.Message);
        }

        if (signed.SignerInfos.Count != 1 || signed.SignerInfos[0].Certificate is not { } cert)
        {
            return new SignatureCheck(false, null, null, "expected exactly one signer with its certificate");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (now < cert.NotBefore.ToUniversalTime() || now > cert.NotAfter.ToUniversalTime())
        {
            return new SignatureCheck(false, null, null, "certificate not valid now");
        }

        var (iin, bin) = SubjectIds(cert);
        return iin is null && bin is null
            ? new SignatureCheck(false, null, null, "certificate carries no IIN/BIN")
            : new SignatureCheck(true, iin, bin, null);
    }

    /// <summary>IIN and BIN from an NCA-style subject.</summary>
    public static (string? Iin, string? Bin) SubjectIds(X509Certificate2 cert)
    {
        string? iin = null, bin = null;
        foreach (var rdn in cert.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            var oid = rdn.GetSingleElementType().Value;
            var value = rdn.GetSingleElementValue() ?? string.Empty;
            if (oid == "2.5.4.5" && value.StartsWith("IIN", StringComparison.Ordinal))
            {
                iin = value[3..];
            }
            else if (oid == "2.5.4.11" && value.StartsWith("BIN", StringComparison.Ordinal))
            {
                bin = value[3..];
            }
        }

        return (iin, bin);
    }
}
