namespace RentToOwn.Eds.Verification;

/// <summary>The result of verifying one CMS: one entry per SignerInfo.</summary>
/// <param name="Signatures">Per-signature results (one FORMAT_FAILURE entry when the CMS does not parse).</param>
/// <param name="ValidationTime">When the validation ran (policy clock).</param>
/// <param name="SignedContent">The encapsulated content of an attached signature, else null.</param>
public sealed record ValidationReport(IReadOnlyList<SignatureValidation> Signatures, DateTimeOffset ValidationTime, byte[]? SignedContent)
{
    /// <summary>Worst indication over all signatures (TOTAL_FAILED when there are none).</summary>
    public Indication Indication => Signatures.Count == 0
        ? Indication.TotalFailed
        : Signatures.Any(s => s.Indication == Indication.TotalFailed) ? Indication.TotalFailed
        : Signatures.Any(s => s.Indication == Indication.Indeterminate) ? Indication.Indeterminate
        : Indication.TotalPassed;

    /// <summary>
    /// Why the CMS was refused before any verification because it is over <see cref="VerificationPolicy.Limits"/>
    /// (too many SignerInfos or certificates), else null. An API answers such input with 413/400.
    /// </summary>
    public string? LimitExceeded { get; init; }

    /// <summary>True when every signature is TOTAL_PASSED.</summary>
    public bool Passed => Indication == Indication.TotalPassed;
}
