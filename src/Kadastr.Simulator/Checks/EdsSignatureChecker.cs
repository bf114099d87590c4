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
