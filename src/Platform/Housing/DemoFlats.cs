using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Housing.Import;

namespace RentToOwn.Platform.Housing;

/// <summary>
/// Embedded default: a few fictitious flats of KTK's stock, seeded with the demo users so <c>dotnet run</c> and
/// <c>rto demo</c> work out of the box; the embedded cadastre simulator holds the same flats as KTK's property (A.24).
/// The first is the flat of <c>Contracts:*</c>.
/// </summary>
public static class DemoFlats
{
    /// <summary>The demo flats.</summary>
    public static IReadOnlyList<FlatRow> All(ContractOffer o) =>
    [
        new(1, o.CadastralNumber, o.Address, o.TotalArea, o.LivingArea, o.Rooms, o.PriceKzt, o.City),
        new(2, "21-320-101-502", "г. Астана, р-н Есиль, ул. Сыганак, д. 10, кв. 43", 56.2m, 33.0m, 2, 15_400_000, o.City),
        new(3, "21-320-101-503", "г. Астана, р-н Есиль, ул. Сыганак, д. 10, кв. 44", 74.8m, 45.5m, 3, 20_500_000, o.City),
        new(4, "21-320-101-504", "г. Астана, р-н Есиль, ул. Сыганак, д. 10, кв. 45", 75.1m, 45.9m, 3, 20_600_000, o.City),
        new(5, "21-320-101-505", "г. Астана, р-н Есиль, ул. Сыганак, д. 10, кв. 46", 96.3m, 60.2m, 4, 26_000_000, o.City),
    ];
}
