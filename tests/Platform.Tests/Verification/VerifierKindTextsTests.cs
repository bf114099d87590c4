using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Verification.Texts;

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
            var label = VerifierText.Get(language, "kind." + kind);
            Assert.NotEqual("kind." + kind, label);
            Assert.NotEqual(kind, label);
        }

        Assert.Empty(VerifierText.MissingKeys());
    }

    [Fact]
    public void New_kinds_read_as_a_payment_and_a_court_decision()
    {
        Assert.Equal("Payment confirmed by the payment provider", VerifierText.Get("en", "kind." + nameof(RecordKind.PaymentConfirmed)));
        Assert.Equal("Court decision recorded", VerifierText.Get("en", "kind." + nameof(RecordKind.CourtDecisionRecorded)));
        Assert.Equal("Зарегистрировано решение суда", VerifierText.Get("ru", "kind." + nameof(RecordKind.CourtDecisionRecorded)));
        Assert.Equal("Сот шешімі тіркелді", VerifierText.Get("kk", "kind." + nameof(RecordKind.CourtDecisionRecorded)));
    }
}
