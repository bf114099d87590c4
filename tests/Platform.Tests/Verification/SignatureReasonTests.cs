using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Verification.Texts;

namespace RentToOwn.Platform.Tests.Verification;

/// <summary>Issue 11 §5: why a signature did not verify is told in kk/ru/en (the ETSI code kept for support), not in the verifier's English.</summary>
public sealed class SignatureReasonTests
{
    [Fact]
    public void Every_indication_and_sub_indication_has_a_text_in_each_language()
    {
        var missing = UiText.Shared.MissingKeys().ToHashSet(StringComparer.Ordinal);
        var keys = Enum.GetValues<Indication>().Select(i => "verify." + VerificationText.Etsi(i))
            .Concat(Enum.GetValues<SubIndication>().Select(s => "verify.sub." + VerificationText.Etsi(s))).ToList();
        Assert.All(keys, k => Assert.True(UiText.Shared.Has(k) && !missing.Contains(k), k));
    }

    [Fact]
    public void A_revoked_signature_is_explained_in_the_callers_language_with_its_ETSI_code()
    {
        var reason = SignatureReason.Of(new SignatureValidation
        {
            Indication = Indication.TotalFailed, SubIndication = SubIndication.Revoked, Errors = ["certificate revoked at 2026-11-30T10:00:00Z"],
        });
        var refusal = new Outcome("signing.refused.not_accepted", new Outcome.Text("signing.name.signature"), reason);

        Assert.Equal("Қолтаңба жарамсыз: қол қою сертификаты кері қайтарылған (TOTAL_FAILED/REVOKED)", OutcomeText.Render("kk", reason.Key, reason.Args));
        Assert.Equal("Подпись недействительна: сертификат подписи отозван (TOTAL_FAILED/REVOKED)", OutcomeText.Render("ru", reason.Key, reason.Args));
        Assert.Contains("Signature invalid: the signing certificate is revoked (TOTAL_FAILED/REVOKED)", refusal.Render("en"), StringComparison.Ordinal);
        Assert.DoesNotContain("revoked at", refusal.Render("kk"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_indication_without_a_sub_indication_is_told_alone()
    {
        var reason = SignatureReason.Of(new SignatureValidation { Indication = Indication.Indeterminate });
        Assert.Equal("Cannot be decided (INDETERMINATE)", OutcomeText.Render("en", reason.Key, reason.Args));
    }
}
