namespace RentToOwn.Kadastr.Simulator.Checks;

/// <summary>The result of verifying one signature.</summary>
/// <param name="Valid">True when the signature verifies over the content with a trusted, valid, unrevoked certificate.</param>
/// <param name="SignerIin">The signer's IIN from the certificate (NCA: subject SERIALNUMBER "IIN…").</param>
/// <param name="SignerBin">The organisation's BIN for a legal-entity certificate (NCA: subject OU "BIN…").</param>
/// <param name="Failure">Why it failed, when it did.</param>
public sealed record SignatureCheck(bool Valid, string? SignerIin, string? SignerBin, string? Failure)
{
    /// <summary>True when <paramref name="iinOrBin"/> names this signer (person or organisation).</summary>
    public bool IsSigner(string iinOrBin) =>
        !string.IsNullOrEmpty(iinOrBin) && (iinOrBin == SignerIin || iinOrBin == SignerBin);
}
