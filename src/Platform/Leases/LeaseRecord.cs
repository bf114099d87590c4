namespace RentToOwn.Platform.Leases;

/// <summary>
/// A stored rent-to-own lease (A.17): exactly the inputs of the domain <see cref="Domain.Leases.Lease"/> —
/// number, flat, terms and parties. The payment and tax schedules are NOT stored: the domain computes
/// them deterministically from these inputs, so a stored copy could only disagree. The contract PDF's
/// SHA-256 identifies what was signed. Map with <see cref="LeaseMapping"/>.
/// </summary>
public sealed class LeaseRecord
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>Contract number.</summary>
    public required string Number { get; set; }

    /// <summary>Place of conclusion shown on the document.</summary>
    public required string City { get; set; }

    /// <summary>The flat being leased.</summary>
    public required LeaseFlat Flat { get; set; }

    /// <summary>Purchase price in tiyn (1 KZT = 100 tiyn).</summary>
    public long PriceTiyn { get; set; }

    /// <summary>Down payment in tiyn (0 in KTK's programme).</summary>
    public long DownPaymentTiyn { get; set; }

    /// <summary>Annual rent rate in percent (3.1 in KTK's programme).</summary>
    public decimal AnnualRatePercent { get; set; }

    /// <summary>Term in months (at most 240).</summary>
    public int TermMonths { get; set; }

    /// <summary>Start date; payment k falls due k months later.</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>Tenant's full name.</summary>
    public required string TenantName { get; set; }

    /// <summary>Tenant's IIN.</summary>
    public required string TenantIin { get; set; }

    /// <summary>Spouse's full name, if married.</summary>
    public string? SpouseName { get; set; }

    /// <summary>Spouse's IIN, if married.</summary>
    public string? SpouseIin { get; set; }

    /// <summary>KTK's registered name.</summary>
    public required string LessorName { get; set; }

    /// <summary>KTK's BIN.</summary>
    public required string LessorBin { get; set; }

    /// <summary>Guarantors in signing order (A.17).</summary>
    public List<LeaseGuarantor> Guarantors { get; set; } = [];

    /// <summary>SHA-256 of the contract PDF, lowercase hex, once drafted.</summary>
    public string? ContractSha256 { get; set; }

    /// <summary>The approved application this lease was drafted from (A.17).</summary>
    public Guid? ApplicationId { get; set; }

    /// <summary>The contract PDF exactly as rendered and signed (A.17–A.18).</summary>
    public byte[]? ContractPdf { get; set; }

    /// <summary>When the record was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
