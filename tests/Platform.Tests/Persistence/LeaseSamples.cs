using RentToOwn.Domain;
using RentToOwn.Domain.Identity;
using RentToOwn.Domain.Leases;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Persistence;

internal static class LeaseSamples
{
    public static readonly string KtkBin = MakeBin();

    /// <summary>A.17 example: 25,000,000 KZT at 3.1 % for 240 months, two guarantors (one an employer).</summary>
    public static Lease Lease(string number = "KTK-2026-000017") => new(
        number,
        new Flat("21:320:045:123:4:56", "Астана қ., Тұран даңғылы 37, 56 пәтер", 64.35m, 38.10m, 2),
        new LeaseTerms(Money.FromTenge(25_000_000m), 3.1m, 240, new DateOnly(2026, 12, 1), Money.FromTenge(1_500_000.55m)),
        new LeaseParties(
            new Person("Нұрлан Қасымов", Iin.Parse(TestIins.Recipient1)),
            new Person("Әлия Серікқызы", Iin.Parse(TestIins.Recipient2)),
            [Guarantor.Individual("Бекзат Омаров", Iin.Parse(TestIins.Recipient3)), Guarantor.Entity("«Жұмыс беруші» ЖШС", Bin.Parse(KtkBin))],
            new Lessor("«Қазақстан тұрғын үй компаниясы» АҚ", Bin.Parse(KtkBin))),
        "Астана");

    private static string MakeBin()
    {
        // YYMM=0405, type 4 (resident), attribute 0 (head office), serial, control digit.
        for (var s = 1; ; s++)
        {
            var first11 = $"04054000{s:D3}";
            if (ControlDigit.Compute(first11) is { } d) return first11 + d;
        }
    }
}
