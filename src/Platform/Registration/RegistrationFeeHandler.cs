using RentToOwn.Platform.Payments;

namespace RentToOwn.Platform.Registration;

/// <summary>A.22, A.31: a confirmed registration fee reaches its application (idempotent on the application).</summary>
public sealed class RegistrationFeeHandler(RegistrationSteps steps) : IPaymentConfirmationHandler
{
    /// <inheritdoc />
    public PaymentPurpose Purpose => PaymentPurpose.RegistrationFee;

    /// <inheritdoc />
    public Task HandleAsync(ConfirmedPayment payment, CancellationToken ct) => steps.OnFeeConfirmedAsync(payment, ct);
}
