using RentToOwn.Platform.Payments;

namespace RentToOwn.Platform.Term.Payments;

/// <summary>A confirmed payment over the term (an installment or the early buyout), recorded once per payment id.</summary>
public sealed class TermPayment
{
    /// <summary>The platform's payment id (primary key: the confirmation handlers are idempotent on it).</summary>
    public Guid Id { get; set; }

    /// <summary>The lease.</summary>
    public Guid LeaseId { get; set; }

    /// <summary><see cref="PaymentPurpose.Installment"/> or <see cref="PaymentPurpose.EarlyBuyout"/>.</summary>
    public PaymentPurpose Purpose { get; set; }

    /// <summary>Installment: the schedule period number; buyout: null.</summary>
    public int? Period { get; set; }

    /// <summary>Buyout: the offer paid; installment: null.</summary>
    public Guid? BuyoutOfferId { get; set; }

    /// <summary>Buyout: true when the amount covers the offer in full (the purchase is then completed, A.29).</summary>
    public bool SettlesPurchase { get; set; }

    /// <summary>Amount paid, tiyn.</summary>
    public long AmountTiyn { get; set; }

    /// <summary>
    /// The part applied to what it paid for (its period, or the buyout); the rest is a <c>TermAdjustment</c> (credit or
    /// refund), decided when the confirmation was handled.
    /// </summary>
    public long AppliedTiyn { get; set; }

    /// <summary>The provider's reference.</summary>
    public required string ProviderReference { get; set; }

    /// <summary>When the provider says it was paid.</summary>
    public DateTimeOffset PaidAt { get; set; }

    /// <summary>When the platform recorded it.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The provider's payment document (receipt).</summary>
    public byte[] PaymentDocument { get; set; } = [];
}
