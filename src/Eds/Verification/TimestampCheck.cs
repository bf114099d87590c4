using System.Security.Cryptography;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Tsp;
using Org.BouncyCastle.X509;
using RentToOwn.Eds.Algorithms;

namespace RentToOwn.Eds.Verification;

/// <summary>
/// Validates a CAdES-T signature timestamp: the imprint covers the signature value, the TSA's signature
/// verifies, the TSA certificate has the timeStamping EKU, chains to a trust anchor and was valid at genTime.
/// </summary>
internal static class TimestampCheck
{
    public static (DateTimeOffset? Time, string? Problem) Validate(ReadOnlyMemory<byte> token, byte[] signatureValue,
        Func<X509Certificate, IReadOnlyList<CachedCertificate>?> chainOf, VerificationPolicy policy)
    {
        try
        {
            AsnDepthGuard.Check(token);
            if (CmsPrecheck.Count(token) is not { Signers: 1 } counts || counts.Certificates > policy.Limits.MaxCertificates)
            {
                return (null, $"the timestamp token is not one SignedData with one signer and at most {policy.Limits.MaxCertificates} certificates");
            }

            var tst = new TimeStampToken(new CmsSignedData(token.ToArray()));
            var info = tst.TimeStampInfo;
            var imprintOid = info.MessageImprintAlgOid;
            if (!Digests.IsSupported(imprintOid) ||
                !CryptographicOperations.FixedTimeEquals(Digests.Compute(imprintOid, signatureValue), info.GetMessageImprintDigest()))
            {
                return (null, "the timestamp does not cover this signature value");
            }

            var candidates = tst.GetCertificates().EnumerateMatches(tst.SignerID)
                .Concat(policy.Trust.Intermediates.Where(c => tst.SignerID.Match(c)));
            var tsaCert = candidates.FirstOrDefault();
            if (tsaCert is null)
            {
                return (null, "TSA certificate not found");
            }

            // BouncyCastle checks the TSA signature, ESS signing-certificate, timeStamping EKU and validity at genTime.
            tst.Validate(tsaCert);
            if (chainOf(tsaCert) is null)
            {
                return (null, "the TSA certificate does not chain to a trust anchor");
            }

            return (new DateTimeOffset(info.GenTime, TimeSpan.Zero), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, e.Message);
        }
    }
}
