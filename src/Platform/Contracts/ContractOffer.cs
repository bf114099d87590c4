namespace RentToOwn.Platform.Contracts;

/// <summary>
/// A.17: KTK's configured offer that an approved application becomes a lease of (section <c>Contracts</c>).
/// The application (A.8) holds no flat or price, so the flat and price come from KTK's offer; the
/// programme's terms are fixed: 3.1 % a year, no down payment, at most 240 months.
/// </summary>
public sealed class ContractOffer
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Contracts";

    /// <summary>Place of conclusion.</summary>
    public string City { get; set; } = "Астана";

    /// <summary>KTK's registered name (the lessor).</summary>
    public string LessorName { get; set; } = "АО «Казахстанская Жилищная Компания»";

    /// <summary>Cadastral number of the offered flat.</summary>
    public string CadastralNumber { get; set; } = "21-320-101-501";

    /// <summary>Address of the offered flat.</summary>
    public string Address { get; set; } = "г. Астана, р-н Есиль, ул. Сыганак, д. 10, кв. 42";

    /// <summary>Total area, m².</summary>
    public decimal TotalArea { get; set; } = 54.6m;

    /// <summary>Living area, m².</summary>
    public decimal LivingArea { get; set; } = 32.1m;

    /// <summary>Rooms.</summary>
    public int Rooms { get; set; } = 2;

    /// <summary>Purchase price in tenge.</summary>
    public long PriceKzt { get; set; } = 15_000_000;

    /// <summary>Term in months (A.17: at most 240).</summary>
    public int TermMonths { get; set; } = 240;
}
