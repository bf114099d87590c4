using RentToOwn.Eds.Verification;

namespace RentToOwn.Kadastr.Simulator.Checks;

/// <summary>
/// The signature port on src/Eds: a CAdES signature counts only when the verifier's report is
/// TOTAL_PASSED (signature, chain to a trusted root, validity, revocation, signing key usage).
/// The signer's IIN/BIN come from the certificate as NCA issues it.
/// </summary>
/// <param name="verifier">The Eds verifier (thread-safe, caches chains).</param>
/// <param name="policy">Trust store, revocation sources and clock.</param>
public sealed class EdsSignatureChecker(CadesVerifier verifier, VerificationPolicy policy) : ISignatureChecker
{
    /// <summary>
    /// A checker trusting the certificates of <paramref name="trustDirectory"/> (self-signed ones are
    /// anchors), with the CRLs of <paramref name="crlDirectory"/> (default: the same folder).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">A folder does not exist.</exception>
    public static EdsSignatureChecker FromTrustDirectory(string trustDirectory, string? crlDirectory, TimeProvider clock)
    {
        if (!Directory.Exists(trustDirectory))
        {
            throw new DirectoryNotFoundException($"trust folder {trustDirectory} does not exist (make one with `rto pki init`)");
        }

        var crls = crlDirectory ?? trustDirectory;
        if (!Directory.Exists(crls))
        {
            throw new DirectoryNotFoundException($"CRL folder {crls} does not exist");
        }

        var policy = new VerificationPolicy(TrustStore.FromDirectory(trustDirectory), [CrlRevocationSource.FromDirectory(crls)], clock);
        return new EdsSignatureChecker(new CadesVerifier(), policy);
    }

    /// <inheritdoc />
    public SignatureCheck Check(ReadOnlyMemory<byte> content, ReadOnlyMemory<byte> cms)
    {
        if (cms.IsEmpty)
        {
            return new SignatureCheck(false, null, null, "empty signature");
        }

        var report = verifier.Verify(content.ToArray(), cms.ToArray(), policy);
        if (report.Signatures.Count != 1)
        {
            return new SignatureCheck(false, null, null, $"expected one signer, found {report.Signatures.Count}");
        }

        var s = report.Signatures[0];
        var iin = s.Signer?.Iin?.Value;
        var bin = s.Signer?.Bin?.Value;
        if (!report.Passed)
        {
            var why = string.Join("; ", s.Errors.DefaultIfEmpty(string.Empty));
            return new SignatureCheck(false, iin, bin, $"{s.Indication}/{s.SubIndication}: {why}".TrimEnd(' ', ':'));
        }

        return new SignatureCheck(true, iin, bin, null);
    }
}
