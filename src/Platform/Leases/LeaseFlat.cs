namespace RentToOwn.Platform.Leases;

/// <summary>The flat of a <see cref="LeaseRecord"/>, stored in the lease's own table.</summary>
public sealed class LeaseFlat
{
    /// <summary>Cadastral number in ЖМБМК АЖ.</summary>
    public required string CadastralNumber { get; set; }

    /// <summary>Postal address.</summary>
    public required string Address { get; set; }

    /// <summary>Total area, m².</summary>
    public decimal TotalArea { get; set; }

    /// <summary>Living area, m².</summary>
    public decimal LivingArea { get; set; }

    /// <summary>Number of rooms.</summary>
    public int Rooms { get; set; }
}
