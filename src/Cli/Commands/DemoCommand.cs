using System.CommandLine;
using System.Diagnostics;
using RentToOwn.Cli.Demo;
using RentToOwn.Cli.Demo.Scenarios;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto demo</c>: Run the product's whole life headless (A.5–A.37), or up to the signed contract.</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var until = new Option<string>("--until")
        {
            Description = "How far to go: 'signed' (the contract signed by tenant, guarantor and KTK head) or 'owned' (the whole life: "
                + "lease registered, early buyout, termination and ownership registered, verified)",
            DefaultValueFactory = _ => "owned",
        };
        var url = new Option<string?>("--url") { Description = "With --until signed: a running platform (default: start one in-process on a free port with a temp data directory)" };
        var data = new Option<DirectoryInfo?>("--data") { Description = "With --url: that platform's data directory (pki/ for the demo keys and trust, ledger/ for the log and witness keys)" };
        var ledger = new Option<string>("--ledger") { Description = "Ledger backend of the in-process platform: embedded, evm or fabric", DefaultValueFactory = _ => "embedded" };
        var rpcUrl = new Option<string?>("--rpc-url") { Description = "With --ledger evm: the node's JSON-RPC URL (e.g. a local ganache: http://127.0.0.1:8545)" };
        var evmMode = new Option<string>("--evm-mode") { Description = "With --ledger evm: per-record (one transaction per record) or anchoring (checkpoints every 2 s)", DefaultValueFactory = _ => "per-record" };
        var fabricNetwork = new Option<DirectoryInfo?>("--fabric-network") { Description = "With --ledger fabric: the folder of deploy/fabric/network.sh up DIR (its connection.json)" };
        var set = new Option<string[]>("--set") { Description = "Extra platform configuration KEY=VALUE (repeatable), e.g. --set Ledger:Evm:GasPrice=0", AllowMultipleArgumentsPerToken = false };
        var scenario = new Option<string?>("--scenario")
        {
            Description = "Run a named legal scenario instead of the happy path; prints JSON with an 'outcome' field: "
                + string.Join(", ", NamedScenarios.All.Select(s => s.Name)),
        };
        var command = new Command("demo", "Run the product's life headless through the public API; prints {contractSha256, registration, termination, ownership, ledgerVerified, seconds}")
        {
            until, url, data, ledger, rpcUrl, evmMode, fabricNetwork, set, scenario,
        };
        command.SetAction(async (pr, ct) =>
        {
            var output = pr.InvocationConfiguration.Output;
            var error = pr.InvocationConfiguration.Error;
            var stage = pr.GetValue(until);
            if (stage is not ("signed" or "owned"))
            {
                await error.WriteLineAsync($"--until {stage}: use 'signed' or 'owned'");
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

            var fabricProfile = pr.GetValue(fabricNetwork) is { } fn ? Path.Combine(fn.FullName, "connection.json") : null;
            if (pr.GetValue(ledger) == "fabric" || fabricProfile is not null)
            {
                if (pr.GetValue(ledger) != "fabric" || fabricProfile is null || !File.Exists(fabricProfile))
                {
                    await error.WriteLineAsync(fabricProfile is null || pr.GetValue(ledger) != "fabric"
                        ? "--ledger fabric needs --fabric-network DIR (deploy/fabric/network.sh up DIR), and --fabric-network needs --ledger fabric"
                        : $"--fabric-network: {fabricProfile} does not exist (run deploy/fabric/network.sh up DIR)");
                    return 2;
                }
            }

            if ((fabricProfile is not null ? new DemoLedger(false, null, false, fabricProfile) : Ledger(pr.GetValue(ledger), pr.GetValue(rpcUrl), pr.GetValue(evmMode))) is not { } backend)
            {
                await error.WriteLineAsync(LedgerProblem(pr.GetValue(ledger), pr.GetValue(rpcUrl), pr.GetValue(evmMode)));
                return 2;
            }

            var settings = new List<string>();
            foreach (var kv in pr.GetValue(set) ?? [])
            {
                var eq = kv.IndexOf('=');
                if (eq <= 0)
                {
                    await error.WriteLineAsync($"--set {kv}: use KEY=VALUE (e.g. Ledger:Evm:GasPrice=0)");
                    return 2;
                }

                settings.Add($"--{kv}");
            }

            if (target is not null && (backend.Evm || backend.FabricProfile is not null || settings.Count > 0 || stage != "signed"))
            {
                await error.WriteLineAsync("--url runs --until signed against a running platform; --ledger, --set and the whole life need the in-process platform (leave out --url)");
                return 2;
            }

            INamedScenario? named = null;
            if (pr.GetValue(scenario) is { } name && (named = NamedScenarios.Find(name)) is null)
            {
                await error.WriteLineAsync($"--scenario {name}: use one of {string.Join(", ", NamedScenarios.All.Select(s => s.Name))}");
                return 2;
            }

            if (named is not null && target is not null)
            {
                await error.WriteLineAsync("--scenario runs against the in-process platform (leave out --url)");
                return 2;
            }

            var clock = Stopwatch.StartNew();
            DemoHost? host = null;
            try
            {
                host = target is null ? await DemoHost.StartAsync(backend, [.. settings, .. named?.Settings ?? []], ct) : null;
                await error.WriteLineAsync($"platform at {host?.Url ?? target}, ledger {backend}");
                var platform = host?.Url ?? target!;
                var dataDirectory = host?.DataDirectory ?? pr.GetValue(data)!.FullName;
                if (named is not null)
                {
                    var outcome = await named.RunAsync(new ScenarioContext(platform, dataDirectory, error), ct);
                    outcome["scenario"] = named.Name;
                    outcome["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 1);
                    await output.WriteLineAsync(outcome.ToJsonString());
                    return outcome["outcome"]?.GetValue<string>() == named.ExpectedOutcome ? 0 : 1;
                }

                if (stage == "signed")
                {
                    var signed = await new DemoScenario(platform, dataDirectory, error).RunAsync(ct);
                    await output.WriteLineAsync(signed.ToJsonString());
                    return signed["ledgerVerified"]!.GetValue<bool>() ? 0 : 1;
                }

                var result = await new LifecycleScenario(platform, dataDirectory, backend, error).RunAsync(ct);
                result["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 1);
                await output.WriteLineAsync(result.ToJsonString());
                return LifecycleScenario.Succeeded(result) ? 0 : 1;
            }
            catch (Exception e) when (e is DemoException or HttpRequestException or IOException or TimeoutException)
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

    private static DemoLedger? Ledger(string? ledger, string? rpcUrl, string? mode)
    {
        if (ledger == "embedded") return rpcUrl is null && mode == "per-record" ? DemoLedger.Embedded : null;
        if (ledger != "evm" || mode is not ("per-record" or "anchoring")) return null;
        return Uri.TryCreate(rpcUrl, UriKind.Absolute, out var node) && node.Scheme is "http" or "https" ? new DemoLedger(true, node, mode == "anchoring") : null;
    }

    private static string LedgerProblem(string? ledger, string? rpcUrl, string? mode) => ledger switch
    {
        "embedded" => "--rpc-url and --evm-mode apply to --ledger evm only",
        "evm" when rpcUrl is null => "--ledger evm needs --rpc-url (the node's JSON-RPC URL, e.g. http://127.0.0.1:8545)",
        "evm" when mode is not ("per-record" or "anchoring") => $"--evm-mode {mode}: use per-record or anchoring",
        "evm" => $"--rpc-url {rpcUrl}: not an http(s) URL",
        _ => $"--ledger {ledger}: use embedded, evm or fabric",
    };
}
