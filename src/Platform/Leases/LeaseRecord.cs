namespace RentToOwn.Platform.Leases;

/// <summary>
/// A stored rent-to-own lease (A.17): the inputs of the domain lease — flat, terms and parties.
/// The payment and tax schedules are NOT stored: the domain computes them deterministically from
/// these inputs, so storing them would only add a second copy that could disagree. The contract
/// PDF's SHA-256 identifies what was signed.
/// </summary>
public sealed class LeaseRecord
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>Human-readable contract number.</summary>
    public required string ContractNumber { get; set; }

    /// <summary>The flat being leased.</summary>
    public required LeaseFlat Flat { get; set; }

    /// <summary>Purchase price in tiyn (1 KZT = 100 tiyn).</summary>
    public long PriceTiyn { get; set; }

    /// <summary>Down payment in tiyn (0 in KTK's programme).</summary>
    public long DownPaymentTiyn { get; set; }

    /// <summary>Annual rate as a fraction (0.031 for 3.1 %).</summary>
    public decimal AnnualRate { get; set; }

    /// <summary>Term in months (at most 240).</summary>
    public int TermMonths { get; set; }

    /// <summary>First day of the lease.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Tenant's IIN.</summary>
    public required string TenantIin { get; set; }

    /// <summary>Spouse's IIN, if married.</summary>
    public string? SpouseIin { get; set; }

    /// <summary>KTK's BIN (the lessor).</summary>
    public required string LessorBin { get; set; }

    /// <summary>Guarantors in signing order (A.17).</summary>
    public List<LeaseGuarantor> Guarantors { get; set; } = [];

    /// <summary>SHA-256 of the contract PDF, lowercase hex, once drafted.</summary>
    public string? ContractSha256 { get; set; }

    /// <summary>When the record was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
