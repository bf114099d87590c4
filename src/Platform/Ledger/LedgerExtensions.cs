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
    /// anchoring mode <see cref="LedgerAnchorJob"/> runs on Quartz. <c>Ledger:Backend=Fabric</c> likewise: the peer is reached
    /// at start; in anchoring mode the job anchors on the chaincode and the verifier confirms anchors with qscc.
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
            builder.Services.AddHostedService<LedgerStartup>(); // reaches the gateway peer at start
            if (fabric.Mode == RentToOwn.LedgerAdapter.Fabric.FabricLedgerMode.Anchoring)
            {
                // The verifier confirms Fabric anchors on the peer with qscc (a Verifier:AnchorRpcUrl registered later takes precedence).
                builder.Services.AddSingleton<IAnchorChain>(_ => new RentToOwn.LedgerAdapter.Fabric.FabricAnchorChain(fabric.OpenRegistry(), ownsRegistry: true));
                ScheduleAnchoring(builder, fabric.AnchorInterval, "Ledger:Fabric:Mode");
            }

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
            ScheduleAnchoring(builder, evm.AnchorInterval, "Ledger:Evm:Mode");
        }

        return builder;
    }

    private static void ScheduleAnchoring(IHostApplicationBuilder builder, TimeSpan interval, string modeKey)
    {
        // The job runs on the platform's one scheduler (Scheduling/), so anchoring needs it enabled.
        var scheduling = builder.Configuration.GetValue<bool?>("Scheduling:Enabled") ?? builder.Configuration.GetValue("Jobs:Enabled", true);
        if (!scheduling)
        {
            throw new InvalidOperationException($"{modeKey}: Anchoring publishes checkpoints from a Quartz job, but the scheduler is disabled "
                + "(Scheduling:Enabled / Jobs:Enabled = false): enable it, or use PerRecord");
        }

        builder.Services.AddQuartz(q => q.ScheduleJob<LedgerAnchorJob>(t => t
            .WithIdentity("ledger-checkpoint-anchor-trigger", "ledger").ForJob(LedgerAnchorJob.Key)
            .StartNow().WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()),
            j => j.WithIdentity(LedgerAnchorJob.Key)));
    }
}
