using Quartz;
using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.LedgerAdapter.Verification;
using RentToOwn.Platform.Ledger.Evm;

namespace RentToOwn.Platform.Ledger;

/// <summary>Registers the ledger (backend chosen by <c>Ledger:Backend</c>); Signing/ appends to it.</summary>
public static class LedgerExtensions
{
    /// <summary>
    /// Adds <see cref="PlatformLedger"/>. With <c>Ledger:Backend=Evm</c>: the ledger is
    /// opened at start (<see cref="LedgerStartup"/>), the public verifier reads anchors from the same node, and in
    /// anchoring mode <see cref="LedgerAnchorJob"/> runs on Quartz.
    /// </summary>
    /// <exception cref="InvalidOperationException">A bad <c>Ledger:*</c> value (named in the message).</exception>
    public static IHostApplicationBuilder AddPlatformLedger(this IHostApplicationBuilder builder)
    {
        var selection = LedgerSelection.Read(builder.Configuration, builder.Environment.IsDevelopment());
        builder.Services.AddSingleton(selection);
        builder.Services.AddOptions<LedgerOptions>().BindConfiguration(LedgerOptions.Section);
        builder.Services.AddSingleton<PlatformLedger>();
        if (selection.Fabric is { } fabric)
        {
            if (fabric.Mode != RentToOwn.LedgerAdapter.Fabric.FabricLedgerMode.PerRecord)
            {
                throw new InvalidOperationException("Ledger:Fabric:Mode: the platform records per record on Fabric; anchoring runs from FabricCheckpointAnchorer (rto bench fabric)");
            }

            builder.Services.AddHostedService<LedgerStartup>(); // reaches the gateway peer at start
            return builder;
        }

        if (selection.Evm is not { } evm)
        {
            return builder;
        }

        builder.Services.AddHostedService<LedgerStartup>();

        // The verifier confirms anchors on this node (a Verifier:AnchorRpcUrl registered later takes precedence).
        builder.Services.AddSingleton<IAnchorChain>(_ => new EvmAnchorChain(new HttpClient { BaseAddress = evm.RpcUrl, Timeout = evm.RpcTimeout }));
        if (evm.Mode == EvmLedgerMode.Anchoring)
        {
            // The job runs on the platform's one scheduler (Scheduling/), so anchoring needs it enabled.
            var scheduling = builder.Configuration.GetValue<bool?>("Scheduling:Enabled") ?? builder.Configuration.GetValue("Jobs:Enabled", true);
            if (!scheduling)
            {
                throw new InvalidOperationException("Ledger:Evm:Mode: Anchoring publishes checkpoints from a Quartz job, but the scheduler is disabled "
                    + "(Scheduling:Enabled / Jobs:Enabled = false): enable it, or use PerRecord");
            }

            builder.Services.AddQuartz(q => q.ScheduleJob<LedgerAnchorJob>(t => t
                .WithIdentity("ledger-checkpoint-anchor-trigger", "ledger").ForJob(LedgerAnchorJob.Key)
                .StartNow().WithSimpleSchedule(s => s.WithInterval(evm.AnchorInterval).RepeatForever()),
                j => j.WithIdentity(LedgerAnchorJob.Key)));
        }

        return builder;
    }
}
