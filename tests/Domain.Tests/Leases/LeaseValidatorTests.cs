using RentToOwn.Domain.Identity;
using RentToOwn.Domain.Leases;

namespace RentToOwn.Domain.Tests.Leases;

public class LeaseValidatorTests
{
    private static readonly LeaseValidator Validator = new(new GuarantorEligibility(new RetirementAges()));

    // Test identity numbers (control digits computed by hand, see Identity tests); not real people or companies.
    internal static Lease Sample() => new(
        "RTO-2026-0001",
        new Flat("21:320:045:123:1:17", "г. Астана, ул. Бейбітшілік, 14, кв. 17", 62.5m, 38.2m, 2),
        new LeaseTerms(Money.FromTenge(25_000_000m), 3.1m, 240, new DateOnly(2026, 1, 15)),
        new LeaseParties(
            new Person("Әбілқасымова Гүлнұр Серікқызы", Iin.Parse("650615400014")),
            new Person("Әбілқасымов Ержан Қайратұлы", Iin.Parse("850101300124")),
            [Guarantor.Individual("Нұрланов Жаһанша Асқарұлы", Iin.Parse("040515500018")), Guarantor.Entity("ТОО «Құрылыс»", Bin.Parse("101041000058"))],
            new Lessor("АО «Казахстанская жилищная компания»", Bin.Parse("070540006346"))));

    [Fact]
    public void SampleLease_IsValid() => Assert.Empty(Validator.Problems(Sample()));

    [Fact]
    public void BadFlat_IsReported()
    {
        var lease = Sample() with { Flat = new Flat("21-320", " ", 0m, 5m, 0) };
        var problems = Validator.Problems(lease);
        Assert.Contains(problems, p => p.Contains("cadastral number '21-320'"));
        Assert.Contains(problems, p => p.Contains("address is empty"));
        Assert.Contains(problems, p => p.Contains("total area must be positive"));
        Assert.Contains(problems, p => p.Contains("living area"));
        Assert.Contains(problems, p => p.Contains("rooms must be 1 to 20"));
    }

    [Fact]
    public void LivingAreaAboveTotal_IsReported() =>
        Assert.Contains(
            Validator.Problems(Sample() with { Flat = Sample().Flat with { LivingArea = 70m } }),
            p => p.Contains("at most the total area"));

    [Fact]
    public void GuarantorWhoIsTheTenant_OrRetiresDuringTerm_IsReported()
    {
        var sample = Sample();
        var parties = sample.Parties with
        {
            Guarantors =
            [
                Guarantor.Individual("Тот же", sample.Parties.Tenant.Iin),
                Guarantor.Individual("Старший", Iin.Parse("700310300011")), // male, 63 on 2033-03-10 < 2046
                new Guarantor("Никто", null, null),
            ],
        };
        var problems = Validator.Problems(sample with { Parties = parties });
        Assert.Contains(problems, p => p.StartsWith("guarantor 1") && p.Contains("is the tenant"));
        Assert.Contains(problems, p => p.StartsWith("guarantor 2") && p.Contains("A.2.9"));
        Assert.Contains(problems, p => p.StartsWith("guarantor 3") && p.Contains("exactly one of IIN or BIN"));
    }

    [Fact]
    public void SpouseEqualToTenant_AndEmptyNumber_AreReported()
    {
        var sample = Sample();
        var lease = sample with { Number = "", Parties = sample.Parties with { Spouse = sample.Parties.Tenant } };
        var ex = Assert.Throws<LeaseValidationException>(() => Validator.EnsureValid(lease));
        Assert.Contains("spouse IIN equals the tenant's", ex.Message);
        Assert.Contains("contract number is empty", ex.Message);
    }

    [Fact]
    public void BadTerms_AreIncluded() =>
        Assert.Contains(
            Validator.Problems(Sample() with { Terms = Sample().Terms with { TermMonths = 300 } }),
            p => p.Contains("term must be 1 to 240"));
}
