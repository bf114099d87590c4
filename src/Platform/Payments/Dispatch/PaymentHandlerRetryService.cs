using Microsoft.Extensions.Options;

namespace RentToOwn.Platform.Payments.Dispatch;

/// <summary>Retries confirmation handlers that failed (and those interrupted by a restart) every <see cref="PaymentsOptions.HandlerRetryInterval"/>.</summary>
public sealed class PaymentHandlerRetryService(PaymentConfirmations confirmations, TimeProvider time, IOptions<PaymentsOptions> options,
    ILogger<PaymentHandlerRetryService> log) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await confirmations.DispatchPendingAsync(stoppingToken);
                await Task.Delay(options.Value.HandlerRetryInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Payment handler retry round failed");
                try
                {
                    await Task.Delay(options.Value.HandlerRetryInterval, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
