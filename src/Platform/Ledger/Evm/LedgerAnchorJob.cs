using Quartz;

namespace RentToOwn.Platform.Ledger.Evm;

/// <summary>
/// Anchoring mode (Quartz, every <c>Ledger:Evm:AnchorIntervalSeconds</c> or <c>Ledger:Fabric:AnchorIntervalSeconds</c>): publishes
/// the embedded log's latest checkpoint to the SigningRegistry with LedgerAdapter's <c>CheckpointAnchorer</c> (or the
/// chaincode with <c>FabricCheckpointAnchorer</c>), so one transaction covers every record below
/// it; the anchor is stored beside the log and carried by bundles and the public verifier (A.18).
/// </summary>
[DisallowConcurrentExecution]
public sealed class LedgerAnchorJob(PlatformLedger ledger, ILogger<LedgerAnchorJob> logger) : IJob
{
    /// <summary>Job key.</summary>
    public static readonly JobKey Key = new("ledger-checkpoint-anchor", "ledger");

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            if (await ledger.FabricAnchorerAsync(cancellationToken) is { } fabric)
            {
                if (await fabric.AnchorLatestAsync(cancellationToken) is { } tx)
                {
                    logger.LogInformation("Ledger: anchored tree size {Size} on Fabric in {Transaction} (block {Block})", tx.TreeSize, tx.Transaction.TransactionId, tx.Transaction.BlockNumber);
                }

                return;
            }

            if (await ledger.AnchorerAsync(cancellationToken) is not { } anchorer)
            {
                // Left in a persistent job store by an earlier Anchoring configuration: remove it.
                logger.LogWarning("Ledger: the anchoring job is scheduled but neither Ledger:Evm:Mode nor Ledger:Fabric:Mode is Anchoring; unscheduling it");
                await context.Scheduler.DeleteJob(context.JobDetail.Key, cancellationToken);
                return;
            }

            if (await anchorer.AnchorLatestAsync(cancellationToken) is { } anchor)
            {
                logger.LogInformation("Ledger: anchored tree size {Size} in {Transaction} (block {Block})", anchor.TreeSize, anchor.TransactionHash, anchor.BlockNumber);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next run retries; Quartz records the failure.
            logger.LogError(e, "Ledger: anchoring failed");
            throw new JobExecutionException(e);
        }
    }
}
