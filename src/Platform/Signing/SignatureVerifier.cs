using RentToOwn.Eds.Authentication;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.Kadastr.Simulator.Checks;

namespace RentToOwn.Platform.Signing;

/// <summary>
/// Issue 11: the platform's one call of the EDS verifier — verify only (no claim, no ledger). Checks a CAdES against the
/// NCA trust of <see cref="EdsTrust"/> (chain, CRL, key usage, limits) for a key purpose and, when given, an expected
/// signer. Areas that accept a signature use <see cref="SignatureAcceptance"/>, which verifies through this class.
/// </summary>
public sealed class SignatureVerifier(CadesVerifier verifier, EdsTrust trust)
{
    /// <summary>
    /// The verifier's report on <paramref name="cms"/> over <paramref name="document"/> (null: the CMS must carry its
    /// content) for <paramref name="purpose"/>, pinned to <paramref name="expected"/> when given. The caller MUST still
    /// check that the report passed and holds the number of signatures it expects.
    /// </summary>
    public ValidationReport Verify(byte[]? document, byte[] cms, KeyPurpose purpose, ExpectedSigner? expected = null) =>
        verifier.Verify(document, cms, trust.Policy(purpose, expected));

    /// <summary>The EDS login's challenge service (AUTH key), with <paramref name="signedContent"/> as the text the key signs.</summary>
    public LoginChallengeService LoginChallenges(IChallengeStore store, TimeProvider time, Func<LoginChallenge, byte[]> signedContent) =>
        new(store, verifier, trust.Policy(KeyPurpose.Authentication), time, signedContent);

    /// <summary>A checker for the embedded cadastre simulator that trusts what the platform trusts (signing key), as of now.</summary>
    public EdsSignatureChecker CadastreChecker() => new(verifier, trust.Policy(KeyPurpose.Signing));
}
