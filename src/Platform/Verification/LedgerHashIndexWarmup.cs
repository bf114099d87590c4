namespace RentToOwn.Platform.Verification;

/// <summary>
/// Builds <see cref="LedgerHashIndex"/> from the ledger at start-up, in the background (the index lives in memory, so
/// each start rebuilds it from the log; look-ups also catch up, so a failure here only costs time later).
/// </summary>
public sealed class LedgerHashIndexWarmup(LedgerHashIndex index, ILogger<LedgerHashIndexWarmup> log) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await index.RefreshAsync(stoppingToken);
            log.LogInformation("Ledger hash index built at start-up: {Leaves} leaves", index.Indexed);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or InvalidDataException
                                       or RentToOwn.LedgerAdapter.Verification.VerificationException or Grpc.Core.RpcException)
        {
            log.LogWarning(ex, "Ledger hash index not built at start-up; look-ups will build it");
        }
    }
}
