using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Kadastr.Simulator.Hosting;

namespace RentToOwn.Kadastr.Simulator;

/// <summary>Runs the cadastre simulator (ЖМБМК АЖ) as its own service.</summary>
public static class SimulatorProgram
{
    /// <summary>Entry point: configuration from <c>Kadastr:Simulator:*</c> (appsettings, environment, command line).</summary>
    public static async Task Main(string[] args)
    {
        var config = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        var options = new SimulatorOptions();
        config.GetSection("Kadastr:Simulator").Bind(options);
        await using var host = await SimulatorHost.StartAsync(options, new CmsSignatureChecker(TimeProvider.System));
        Console.WriteLine($"{{\"address\":\"{host.Address}\"}}");
        var stop = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();
        await stop.Task;
    }
}
