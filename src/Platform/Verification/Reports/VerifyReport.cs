namespace RentToOwn.Platform.Verification.Reports;

/// <summary>The public verifier's answer (same for the HTML page and <c>POST /api/verify</c>).</summary>
/// <param name="Indication">Worst indication over all signatures (TOTAL_FAILED when there are none); null when only a bundle was checked or the input was refused.</param>
/// <param name="DocumentSha256">SHA-256 of the document (uploaded PDF or attached content).</param>
/// <param name="Problems">Uploads that could not be used.</param>
/// <param name="Signatures">One entry per signature.</param>
/// <param name="Bundle">The uploaded bundle's result.</param>
/// <param name="VerifiedAt">Validation time.</param>
public sealed record VerifyReport(
    string? Indication, string? DocumentSha256, IReadOnlyList<InputProblem> Problems, IReadOnlyList<SignatureReport> Signatures,
    BundleReport? Bundle, DateTimeOffset VerifiedAt)
{
    /// <summary>True when the upload was refused as a whole (nothing was verified).</summary>
    public bool Refused => Signatures.Count == 0 && Bundle is null;
}
