namespace RentToOwn.Platform.Ledger.Evm;

/// <summary>
/// With the EVM backend, opens the ledger when the host starts: the node is reached and the SigningRegistry deployed (first
/// start) or checked, so a wrong URL, key or address stops the platform at once with its reason instead of failing the
/// first signature.
/// </summary>
public sealed class LedgerStartup(PlatformLedger ledger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken) => await ledger.LedgerAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
