using Microsoft.Extensions.Options;

namespace RentToOwn.Platform.Registration.Cadastre;

/// <summary>Retries pending cadastre work (outbox re-enqueue after a crash, fee confirmations while the cadastre was unreachable).</summary>
public sealed class CadastreRetryService(IServiceScopeFactory scopes, IOptions<KadastrOptions> options, ILogger<CadastreRetryService> log) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Transport retries run on the system clock (like the gateway's own backoff).
        using var timer = new PeriodicTimer(options.Value.RetryInterval);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<RegistrationWorkflow>().RetryPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Registration retry round failed");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
