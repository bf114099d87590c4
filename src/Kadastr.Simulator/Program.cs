using RentToOwn.Eds.Verification;
using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Kadastr.Simulator.Hosting;

namespace RentToOwn.Kadastr.Simulator;

/// <summary>Runs the cadastre simulator (ЖМБМК АЖ) as its own service.</summary>
public static class SimulatorProgram
{
    /// <summary>
    /// Entry point. Configuration keys <c>Kadastr:Simulator:*</c> (environment <c>Kadastr__Simulator__Port</c>,
    /// or <c>--Kadastr:Simulator:Port=5081</c>); <c>TrustDirectory</c> is required.
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        var config = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        var options = new SimulatorOptions();
        config.GetSection("Kadastr:Simulator").Bind(options);
        if (options.TrustDirectory is null || !Directory.Exists(options.TrustDirectory))
        {
            await Console.Error.WriteLineAsync("Kadastr:Simulator:TrustDirectory must name a folder of trusted NCA certificates (e.g. from `rto pki init`).");
            return 2;
        }

        var trust = TrustStore.FromDirectory(options.TrustDirectory);
        var crls = CrlRevocationSource.FromDirectory(options.CrlDirectory ?? options.TrustDirectory);
        var checker = new EdsSignatureChecker(new CadesVerifier(), new VerificationPolicy(trust, [crls], TimeProvider.System));
        await using var host = await SimulatorHost.StartAsync(options, checker);
        Console.WriteLine($"{{\"address\":\"{host.Address}\"}}");
        var stop = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
        await stop.Task;
        return 0;
    }
}
