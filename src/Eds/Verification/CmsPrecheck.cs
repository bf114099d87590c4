using System.Formats.Asn1;
using RentToOwn.Eds.Certificates;

namespace RentToOwn.Eds.Verification;

/// <summary>
/// Cheap checks on a CMS before verifying it: counts its SignerInfos and certificates by walking the outer
/// structure only (nothing is parsed, decoded or hashed), so a caller can refuse an oversized CMS, or a login
/// CMS without exactly one signer, first. <see cref="CadesVerifier"/> applies the same limits itself.
/// </summary>
public static class CmsPrecheck
{
    /// <summary>The counts, or null when <paramref name="cms"/> is not a ContentInfo/SignedData.</summary>
    public static CmsCounts? Count(ReadOnlyMemory<byte> cms)
    {
        try
        {
            var signedData = CmsReader.OpenSignedData(cms);
            signedData.ReadInteger(); // version
            signedData.ReadEncodedValue(); // digestAlgorithms
            signedData.ReadEncodedValue(); // encapContentInfo
            var certificates = 0;
            if (signedData.HasData && signedData.PeekTag().HasSameClassAndValue(CmsReader.Context0))
            {
                certificates = Entries(signedData.ReadSetOf(true, CmsReader.Context0));
            }

            if (signedData.HasData && signedData.PeekTag().HasSameClassAndValue(CmsReader.Context1))
            {
                signedData.ReadEncodedValue(); // CRLs
            }

            return new CmsCounts(Entries(signedData.ReadSetOf(skipSortOrderValidation: true)), certificates);
        }
        catch (Exception e) when (e is AsnContentException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Why <paramref name="cms"/> is over <paramref name="limits"/>, or null when it is within them (or does not
    /// parse: the verifier reports that as a format failure).
    /// </summary>
    public static string? ExceededLimit(ReadOnlyMemory<byte> cms, VerificationLimits limits, KeyPurpose purpose = KeyPurpose.Signing) =>
        Count(cms) is { } counts ? ExceededLimit(counts, limits, purpose) : null;

    /// <summary>True when <paramref name="cms"/> is a SignedData with exactly one SignerInfo (what a login needs).</summary>
    public static bool HasExactlyOneSigner(ReadOnlyMemory<byte> cms) => Count(cms) is { Signers: 1 };

    /// <summary>Most SignerInfos a policy accepts: exactly one for authentication, else the limit.</summary>
    internal static int MaxSigners(VerificationLimits limits, KeyPurpose purpose) =>
        purpose == KeyPurpose.Authentication ? 1 : limits.MaxSigners;

    internal static string? ExceededLimit(CmsCounts counts, VerificationLimits limits, KeyPurpose purpose)
    {
        var maxSigners = MaxSigners(limits, purpose);
        if (counts.Signers > maxSigners)
        {
            return purpose == KeyPurpose.Authentication
                ? $"the CMS holds {counts.Signers} SignerInfos; an authentication needs exactly one"
                : $"the CMS holds {counts.Signers} SignerInfos; at most {maxSigners} are accepted";
        }

        return counts.Certificates > limits.MaxCertificates
            ? $"the CMS holds {counts.Certificates} certificates; at most {limits.MaxCertificates} are accepted"
            : null;
    }

    private static int Entries(AsnReader set)
    {
        var count = 0;
        while (set.HasData)
        {
            set.ReadEncodedValue();
            count++;
        }

        return count;
    }
}
