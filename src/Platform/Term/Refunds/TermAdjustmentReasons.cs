namespace RentToOwn.Platform.Term.Refunds;

/// <summary>Why a payment had a surplus (codes stored with the decision; <see cref="TermTexts"/> has them in words under <c>term.reason.*</c>).</summary>
public static class TermAdjustmentReasons
{
    /// <summary>An installment larger than what its period still owed (e.g. a second payment of the same period).</summary>
    public const string InstallmentSurplus = "installment-surplus";

    /// <summary>A buyout larger than what buys the flat out at confirmation (e.g. installments paid since the quote).</summary>
    public const string BuyoutSurplus = "buyout-surplus";

    /// <summary>A buyout payment that does not cover its offer: credited to installments instead.</summary>
    public const string BuyoutShort = "buyout-short";

    /// <summary>A payment that arrived after the purchase was completed (every period paid or bought out, A.29).</summary>
    public const string PurchaseCompleted = "purchase-completed";

    /// <summary>A payment that arrived after the lease's closing started (purchase or termination).</summary>
    public const string LeaseClosed = "lease-closed";

    /// <summary>The part of a surplus beyond everything the schedule still owes.</summary>
    public const string BeyondSchedule = "beyond-schedule";
}
