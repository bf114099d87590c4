using RentToOwn.Eds.Verification;

namespace RentToOwn.Platform.Signing;

/// <summary>A signature the EDS verifier passed for the expected signer, before it goes to the ledger.</summary>
/// <param name="Signature">The verifier's result.</param>
/// <param name="Certificate">The signer's certificate (DER), when the CMS carries it.</param>
public sealed record VerifiedSignature(SignatureValidation Signature, byte[]? Certificate);
