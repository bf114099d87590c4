using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Tests.Verification;

public class VerifierKindTextsTests
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public void Every_record_kind_has_a_meaning_in_every_language(string language)
    {
        // A.18: a citizen checking a record sees what it attests, not only the enum name.
        foreach (var kind in Enum.GetNames<RecordKind>())
        {
            var label = UiText.Shared.Get(language, "verify.kind." + kind);
            Assert.NotEqual("verify.kind." + kind, label);
            Assert.NotEqual(kind, label);
        }
    }

    [Fact]
    public void New_kinds_read_as_a_payment_and_a_court_decision()
    {
        Assert.Equal("Payment confirmed by the payment provider", UiText.Shared.Get("en", "verify.kind." + nameof(RecordKind.PaymentConfirmed)));
        Assert.Equal("Court decision recorded", UiText.Shared.Get("en", "verify.kind." + nameof(RecordKind.CourtDecisionRecorded)));
        Assert.Equal("Зарегистрировано решение суда", UiText.Shared.Get("ru", "verify.kind." + nameof(RecordKind.CourtDecisionRecorded)));
        Assert.Equal("Сот шешімі тіркелді", UiText.Shared.Get("kk", "verify.kind." + nameof(RecordKind.CourtDecisionRecorded)));
    }
}
