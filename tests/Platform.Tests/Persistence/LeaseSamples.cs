using RentToOwn.Platform.Leases;

namespace RentToOwn.Platform.Tests.Persistence;

internal static class LeaseSamples
{
    public static LeaseRecord Lease() => new()
    {
        Id = Guid.NewGuid(),
        ContractNumber = "KTK-2026-000017",
        Flat = new LeaseFlat
        {
            CadastralNumber = "21:320:045:123:4/56",
            Address = "Астана қ., Тұран даңғылы 37, 56 пәтер",
            TotalArea = 64.35m,
            LivingArea = 38.10m,
            Rooms = 2,
        },
        PriceTiyn = 25_000_000_00,
        DownPaymentTiyn = 1_500_000_55,
        AnnualRate = 0.031m,
        TermMonths = 240,
        StartDate = new DateOnly(2026, 12, 1),
        TenantIin = "061211600012",
        SpouseIin = "900101400123",
        LessorBin = "020340003406",
        Guarantors =
        [
            new LeaseGuarantor { Order = 1, IdentityNumber = "880315300456" },
            new LeaseGuarantor { Order = 2, IdentityNumber = "750512400789" },
        ],
        ContractSha256 = new string('a', 64),
        CreatedAt = new DateTimeOffset(2026, 11, 25, 19, 30, 15, 123, TimeSpan.FromHours(5)),
    };
}
