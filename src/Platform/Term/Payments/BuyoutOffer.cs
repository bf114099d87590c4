namespace RentToOwn.Platform.Term.Payments;

/// <summary>
/// A.29: an early-buyout amount the tenant asked to pay on <see cref="QuoteDate"/> (the domain quote plus any arrears).
/// The payment order refers to it, so the confirmation knows what was bought out.
/// </summary>
public sealed class BuyoutOffer
{
    /// <summary>Primary key (the payment order's subject id).</summary>
    public Guid Id { get; set; }

    /// <summary>The lease.</summary>
    public Guid LeaseId { get; set; }

    /// <summary>Kazakhstan date of the quote.</summary>
    public DateOnly QuoteDate { get; set; }

    /// <summary>The domain's quote total (remaining purchase price + accrued rent), tiyn.</summary>
    public long QuoteTiyn { get; set; }

    /// <summary>Unpaid installments due on or before the quote date, tiyn.</summary>
    public long ArrearsTiyn { get; set; }

    /// <summary>What must be paid: quote + arrears (or the remaining price when paid ahead), tiyn.</summary>
    public long AmountTiyn { get; set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
