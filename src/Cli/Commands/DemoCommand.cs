using System.CommandLine;
using RentToOwn.Cli.Demo;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto demo</c>: Run the product's happy path headless.</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var until = new Option<string>("--until") { Description = "How far to go: signed (the contract signed by tenant, guarantor and KTK head)", DefaultValueFactory = _ => "signed" };
        var url = new Option<string?>("--url") { Description = "A running platform (default: start one in-process on a free port with a temp data directory)" };
        var data = new Option<DirectoryInfo?>("--data") { Description = "With --url: that platform's data directory (pki/ for the demo keys and trust, ledger/ for the log and witness keys)" };
        var command = new Command("demo", "Run the product's happy path headless through the public API; prints {contractSha256, signatures, ledgerVerified}")
        {
            until, url, data,
        };
        command.SetAction(async (pr, ct) =>
        {
            var output = pr.InvocationConfiguration.Output;
            var error = pr.InvocationConfiguration.Error;
            if (pr.GetValue(until) != "signed")
            {
                await error.WriteLineAsync($"--until {pr.GetValue(until)}: only 'signed' is supported");
                return 2;
            }

            Uri? target = null;
            if (pr.GetValue(url) is { } u && !Uri.TryCreate(u.EndsWith('/') ? u : u + "/", UriKind.Absolute, out target))
            {
                await error.WriteLineAsync($"--url {u}: not an absolute URL");
                return 2;
            }

            if (target is not null && pr.GetValue(data) is null)
            {
                await error.WriteLineAsync("--url needs --data: the platform's data directory (its test PKI and ledger keys)");
                return 2;
            }

            DemoHost? host = null;
            try
            {
                host = target is null ? await DemoHost.StartAsync(ct) : null;
                var scenario = new DemoScenario(host?.Url ?? target!, host?.DataDirectory ?? pr.GetValue(data)!.FullName, error);
                var result = await scenario.RunAsync(ct);
                await output.WriteLineAsync(result.ToJsonString());
                return result["ledgerVerified"]!.GetValue<bool>() ? 0 : 1;
            }
            catch (Exception e) when (e is DemoException or HttpRequestException or IOException)
            {
                await error.WriteLineAsync($"demo failed: {e.Message}");
                return 1;
            }
            finally
            {
                if (host is not null) await host.DisposeAsync();
            }
        });
        return command;
    }
}
