using RentToOwn.Eds.Verification;

namespace RentToOwn.Platform.Verification.Texts;

/// <summary>
/// Why a signature did not verify, as a text key for people (issue 11 §5): the ETSI indication and sub-indication in the
/// caller's language (<c>verify.TOTAL_FAILED</c>, <c>verify.sub.REVOKED</c>), with the ETSI code kept in brackets for support.
/// Use it where a refusal names the verification result, instead of <see cref="VerificationText.Of"/> (English, for logs and the CLI).
/// </summary>
public static class SignatureReason
{
    /// <summary>The reason of <paramref name="signature"/>, e.g. "Қолтаңба жарамсыз: қол қою сертификаты кері қайтарылған (TOTAL_FAILED/REVOKED)".</summary>
    public static Outcome.Text Of(SignatureValidation signature)
    {
        var indication = VerificationText.Etsi(signature.Indication);
        return signature.SubIndication is { } sub
            ? new("verify.reason.with_sub", new Outcome.Text("verify." + indication), new Outcome.Text("verify.sub." + VerificationText.Etsi(sub)),
                indication + "/" + VerificationText.Etsi(sub))
            : new("verify.reason.only", new Outcome.Text("verify." + indication), indication);
    }
}
