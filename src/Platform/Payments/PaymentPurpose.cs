namespace RentToOwn.Platform.Payments;

/// <summary>What a payment is for.</summary>
public enum PaymentPurpose
{
    /// <summary>A.22, A.31: the state registration fee of one registration application.</summary>
    RegistrationFee,
    /// <summary>A monthly payment of the lease schedule.</summary>
    Installment,
    /// <summary>Early buyout of the remaining purchase price (A.29).</summary>
    EarlyBuyout,
}
