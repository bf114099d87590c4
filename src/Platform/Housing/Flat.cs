namespace RentToOwn.Platform.Housing;

/// <summary>A flat of KTK's housing stock, imported by an officer (A.5, A.17); its characteristics are the ones A.24 checks.</summary>
public sealed class Flat
{
    /// <summary>Id.</summary>
    public Guid Id { get; set; }

    /// <summary>Cadastral number in ЖМБМК АЖ (unique).</summary>
    public required string CadastralNumber { get; set; }

    /// <summary>Postal address.</summary>
    public required string Address { get; set; }

    /// <summary>City (the place of conclusion of the contract).</summary>
    public required string City { get; set; }

    /// <summary>Total area, m².</summary>
    public decimal TotalArea { get; set; }

    /// <summary>Living area, m².</summary>
    public decimal LivingArea { get; set; }

    /// <summary>Rooms.</summary>
    public int Rooms { get; set; }

    /// <summary>Purchase price in tenge.</summary>
    public long PriceKzt { get; set; }

    /// <summary>State.</summary>
    public FlatState State { get; set; }

    /// <summary>The application the flat is offered to or leased on; unique, so one flat never goes to two applications.</summary>
    public Guid? HolderApplicationId { get; set; }

    /// <summary>The import that brought it in.</summary>
    public Guid ImportId { get; set; }

    /// <summary>When it was imported.</summary>
    public DateTimeOffset ImportedAt { get; set; }
}
