using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Kadastr.Simulator.Hosting;

namespace RentToOwn.Kadastr.Simulator;

/// <summary>Runs the cadastre simulator (ЖМБМК АЖ) as its own service.</summary>
public static class SimulatorProgram
{
    /// <summary>
    /// Entry point. Configuration keys <c>Kadastr:Simulator:*</c> (environment <c>Kadastr__Simulator__Port</c>,
    /// or <c>--Kadastr:Simulator:Port=5081</c>); <c>TrustDirectory</c> is required. Exit 2 on bad configuration.
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        var config = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        var options = new SimulatorOptions();
        config.GetSection("Kadastr:Simulator").Bind(options);
        EdsSignatureChecker checker;
        try
        {
            options.Faults.Validate();
            checker = EdsSignatureChecker.FromTrustDirectory(
                options.TrustDirectory ?? throw new ArgumentException("Kadastr:Simulator:TrustDirectory is required (a folder of trusted NCA certificates, e.g. from `rto pki init`)."),
                options.CrlDirectory, TimeProvider.System);
        }
        catch (Exception ex) when (ex is ArgumentException or DirectoryNotFoundException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        await using var host = await SimulatorHost.StartAsync(options, checker);
        Console.WriteLine($"{{\"address\":\"{host.Address}\"}}");
        var stop = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
        await stop.Task;
        return 0;
    }
}
