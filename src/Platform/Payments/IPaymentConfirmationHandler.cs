namespace RentToOwn.Platform.Payments;

/// <summary>Acts on a verified payment of one purpose (registered in DI; several may exist per purpose).</summary>
public interface IPaymentConfirmationHandler
{
    /// <summary>The purpose this handler acts on.</summary>
    PaymentPurpose Purpose { get; }

    /// <summary>Called once per confirmed payment of <see cref="Purpose"/>; must be idempotent on <see cref="ConfirmedPayment.PaymentId"/>.</summary>
    Task HandleAsync(ConfirmedPayment payment, CancellationToken ct);
}
