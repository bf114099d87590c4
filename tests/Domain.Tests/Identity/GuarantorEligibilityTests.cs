using RentToOwn.Domain.Identity;

namespace RentToOwn.Domain.Tests.Identity;

// A.2.9: a guarantor is over 21 and not past retirement age while the obligations are performed.
public class GuarantorEligibilityTests
{
    private static readonly GuarantorEligibility Rule = new(new RetirementAges());

    [Fact]
    public void ManAged40_For10Years_IsEligible()
    {
        // 850101300124: male, born 1985-01-01.
        var verdict = Rule.Evaluate(Iin.Parse("850101300124"), new DateOnly(2026, 1, 1), new DateOnly(2035, 12, 1));
        Assert.True(verdict.Eligible, verdict.Reason);
    }

    [Fact]
    public void Under21AtStart_IsRejected()
    {
        // 040515500018: male born 2004-05-15 → 20 on 2025-01-01, 21 from 2025-05-15.
        var iin = Iin.Parse("040515500018");
        var young = Rule.Evaluate(iin, new DateOnly(2025, 5, 14), new DateOnly(2030, 1, 1));
        Assert.False(young.Eligible);
        Assert.Contains("must be at least 21", young.Reason);
        Assert.True(Rule.Evaluate(iin, new DateOnly(2025, 5, 15), new DateOnly(2030, 1, 1)).Eligible);
    }

    [Fact]
    public void ManReaching63BeforeEnd_IsRejected()
    {
        // 700310300011: male born 1970-03-10 → 63 on 2033-03-10 (men: 63).
        var iin = Iin.Parse("700310300011");
        var verdict = Rule.Evaluate(iin, new DateOnly(2026, 1, 1), new DateOnly(2033, 3, 10));
        Assert.False(verdict.Eligible);
        Assert.Contains("2033-03-10", verdict.Reason);
        Assert.True(Rule.Evaluate(iin, new DateOnly(2026, 1, 1), new DateOnly(2033, 3, 9)).Eligible);
    }

    [Fact]
    public void WomanRetirementAge61_IsUsed_AndIsConfigurable()
    {
        // 650615400014: female born 1965-06-15 → 61 on 2026-06-15 (women: 61).
        var iin = Iin.Parse("650615400014");
        Assert.False(Rule.Evaluate(iin, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 15)).Eligible);
        Assert.True(Rule.Evaluate(iin, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 14)).Eligible);

        var raised = new GuarantorEligibility(new RetirementAges { Women = 63 });
        Assert.True(raised.Evaluate(iin, new DateOnly(2026, 1, 1), new DateOnly(2028, 6, 14)).Eligible);
        Assert.False(raised.Evaluate(iin, new DateOnly(2026, 1, 1), new DateOnly(2028, 6, 15)).Eligible);
    }

    [Fact]
    public void EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            Rule.Evaluate(Iin.Parse("850101300124"), new DateOnly(2026, 1, 1), new DateOnly(2025, 1, 1)));
}
